export { type HttpProblem, jsonResponse, problemResponse } from './http/httpProblem.js'
export { type BodyResult, type ReadBodyOptions, readBody } from './http/readBody.js'
