import { createServer } from 'node:http'
import { fileURLToPath } from 'node:url'
import { createEmulator } from '@cobrowse-kit/emulator'
import { createServer as createViteServer } from 'vite'

// `npm start`: the emulator of Zoom's cobrowse service and the playground pages on one port, no credentials.
// Run from source: node --conditions=@cobrowse-kit/source --import tsx apps/playground/server.ts

const host = process.env.HOST ?? '127.0.0.1'
const port = Number(process.env.PORT ?? 5173)
const root = fileURLToPath(new URL('.', import.meta.url))

const emulator = createEmulator({ log: (line) => console.log(`[emulator] ${line}`) })
// The pages read the key through Vite's env (VITE_* variables of the process are exposed to client code).
process.env.VITE_COBROWSE_SDK_KEY = emulator.sdkKey

const server = createServer()
const vite = await createViteServer({
  root,
  configFile: fileURLToPath(new URL('./vite.config.ts', import.meta.url)),
  appType: 'mpa',
  server: { middlewareMode: true, hmr: { server } },
  logLevel: 'warn',
})

server.on('request', (req, res) => {
  if (!emulator.handleRequest(req, res)) vite.middlewares(req, res)
})
// Vite adds its own upgrade listener for HMR; it ignores sockets that are not its own.
server.on('upgrade', (req, socket, head) => {
  emulator.handleUpgrade(req, socket, head)
})

server.listen(port, host, () => {
  const base = `http://${host}:${port}`
  console.log(`Cobrowse Kit playground (emulator mode, no Zoom account needed)
  customer page   ${base}/customer.html
  agent page      ${base}/agent.html
  fake-SDK page   ${base}/fake.html
  emulator        SDK key ${emulator.sdkKey}; customer SDK ${base}/static/resource/sdk/${emulator.sdkKey}/js
Open the customer page in one tab and the agent page in another.`)
})

const stop = async () => {
  await Promise.allSettled([vite.close(), emulator.close()])
  server.close(() => process.exit(0))
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
