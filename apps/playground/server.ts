import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { toNodeHandler } from '@cobrowse-kit/server/node'
import { createServer as createViteServer } from 'vite'
import { createAgentSignIn } from './backend/agentSignIn.js'
import { API_PATHS, isPlaygroundApiPath } from './backend/apiPaths.js'
import { createCobrowseServices } from './backend/cobrowseServices.js'
import { createPlaygroundApi } from './backend/createPlaygroundApi.js'
import { createEmbedRoutes } from './backend/embedPage.js'
import { pageEnvironment } from './backend/pageEnvironment.js'
import { modeWarnings, resolvePlaygroundMode, ZOOM_COBROWSE_ORIGIN } from './backend/playgroundMode.js'
import { selfUrl } from './backend/selfUrl.js'

// `npm start`: the playground pages, a host app's backend built on @cobrowse-kit/server (tokens, webhooks, REST) and,
// unless ZOOM_SDK_KEY and ZOOM_SDK_SECRET are set, the emulator of Zoom's cobrowse service, all on one port.
// Run from source: node --conditions=@cobrowse-kit/source --import tsx apps/playground/server.ts

const host = process.env.HOST ?? '127.0.0.1'
const port = Number(process.env.PORT ?? 5173)
const root = fileURLToPath(new URL('.', import.meta.url))
const mode = resolvePlaygroundMode(process.env)
for (const warning of modeWarnings(process.env)) console.warn(`warning: ${warning}`)

// Vite exposes the process's VITE_* variables to the pages, so this is the one place browser settings come from.
Object.assign(process.env, pageEnvironment(mode))

const server = createServer()
const vite = await createViteServer({
  root,
  configFile: fileURLToPath(new URL('./vite.config.ts', import.meta.url)),
  appType: 'mpa',
  server: { middlewareMode: true, hmr: { server } },
  logLevel: 'warn',
})

await new Promise<void>((resolve, reject) => {
  server.once('error', reject)
  server.listen(port, host, () => {
    server.off('error', reject)
    resolve()
  })
})
// From here to attaching the listeners below nothing awaits, so no request can arrive before they are in place.
const base = selfUrl(server.address() as AddressInfo)
const services = createCobrowseServices(mode, base, (line) => console.log(line))
const signIn = createAgentSignIn()
const api = toNodeHandler(
  createPlaygroundApi({
    sdkKey: services.sdkKey,
    sdkSecret: services.sdkSecret,
    webhookSecret: services.webhookSecret,
    rest: services.rest,
    signIn,
  }),
)
const emulator = services.emulator
const embed = createEmbedRoutes({
  sdkKey: services.sdkKey,
  origin: mode.kind === 'zoom' ? ZOOM_COBROWSE_ORIGIN : base,
  tokenUrl: API_PATHS.token,
})

server.on('request', (req, res) => {
  if (isPlaygroundApiPath(req.url)) return api(req, res)
  if (emulator?.handleRequest(req, res)) return
  if (embed(req, res)) return
  const path = (req.url ?? '/').split('?')[0]
  // The sign-in stand-in: loading the agent console signs this browser in as the playground's agent.
  if (path === '/agent.html' || path === '/agent') res.setHeader('set-cookie', signIn.setCookie)
  vite.middlewares(req, res)
})
// Vite adds its own upgrade listener for HMR; it ignores sockets that are not its own.
server.on('upgrade', (req, socket, head) => {
  emulator?.handleUpgrade(req, socket, head)
})

console.log(`Cobrowse Kit playground: ${mode.kind === 'zoom' ? 'REAL ZOOM mode (ZOOM_SDK_KEY is set)' : 'emulator mode, no Zoom account needed'}
  customer page   ${base}/customer.html
  agent page      ${base}/agent.html
  fake-SDK page   ${base}/fake.html
  plain HTML page ${base}/embed.html (the one-script-tag embed, no React)
  ${services.describe().join('\n  ')}
Open the customer page in one tab and the agent page in another.`)

const stop = async () => {
  await Promise.allSettled([vite.close(), services.close()])
  server.closeAllConnections()
  server.close(() => process.exit(0))
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
