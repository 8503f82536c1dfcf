import { createServer } from 'node:http'
import { createTokenHandler } from '@cobrowse-kit/server'
import { toNodeHandler } from '@cobrowse-kit/server/node'

// The benchmark's subject: @cobrowse-kit/server's token handler on plain node:http through its Node adapter, with
// the same credentials and the same answers as the reference. Prints `listening <port>`; stops on SIGTERM.

const handler = createTokenHandler({
  sdkKey: process.env.BENCH_SDK_KEY ?? 'bench-key',
  sdkSecret: process.env.BENCH_SDK_SECRET ?? 'bench-secret',
  // Customer tokens only, as the reference serves them to anyone; agents are refused (and not benchmarked).
  authorizeAgent: () => false,
})

const server = createServer(toNodeHandler(handler))
server.listen(0, '127.0.0.1', () => {
  const address = server.address()
  console.log(`listening ${typeof address === 'object' && address ? address.port : 0}`)
})
process.on('SIGTERM', () => server.close(() => process.exit(0)))
