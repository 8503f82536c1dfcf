export { type FetchHandler, type NodeHandler, toNodeHandler } from './toNodeHandler.js'
