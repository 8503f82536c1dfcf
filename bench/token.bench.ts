import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { fileURLToPath } from 'node:url'
import autocannon from 'autocannon'

// `pnpm bench`: requests per second of the token endpoint, @cobrowse-kit/server against a reference shaped like
// Zoom's auth endpoint sample (Express + cors + jsrsasign), in the same run on the same machine. Each server runs
// in its own Node process; the load generator (autocannon) in this one. The two alternate over several rounds so a
// warm-up or a noisy neighbour does not favour either. BENCH_SECONDS sets the length of a round (default 5).

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5)
const ROUNDS = 2
const CONNECTIONS = 20
const BODY = JSON.stringify({ role: 1, userId: 'bench-customer', userName: 'Bench customer' })

const servers = {
  'Zoom sample shape (Express + jsrsasign)': fileURLToPath(
    new URL('./tokenServers/zoomSampleShaped.ts', import.meta.url),
  ),
  '@cobrowse-kit/server (node:http adapter)': fileURLToPath(new URL('./tokenServers/cobrowseKit.ts', import.meta.url)),
} as const
type ServerName = keyof typeof servers

async function startServer(file: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--conditions=@cobrowse-kit/source', '--import', 'tsx', file], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  let output = ''
  for await (const chunk of child.stdout ?? []) {
    output += String(chunk)
    const port = /listening (\d+)/.exec(output)?.[1]
    if (port) return { url: `http://127.0.0.1:${port}/`, child }
  }
  throw new Error(`${file} exited before listening`)
}

async function checkAnswer(url: string): Promise<void> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: BODY })
  const body = (await response.json()) as { token?: unknown }
  if (response.status !== 200 || typeof body.token !== 'string') {
    throw new Error(`${url} answered ${response.status} ${JSON.stringify(body)}`)
  }
}

async function measure(url: string, seconds: number): Promise<{ rps: number; p99: number; errors: number }> {
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: BODY,
    connections: CONNECTIONS,
    duration: seconds,
  })
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.non2xx + result.errors }
}

const totals = new Map<ServerName, { rps: number[]; p99: number[]; errors: number }>()
const running: ChildProcess[] = []
try {
  const started = new Map<ServerName, string>()
  for (const name of Object.keys(servers) as ServerName[]) {
    const { url, child } = await startServer(servers[name])
    running.push(child)
    await checkAnswer(url)
    await measure(url, 1) // warm-up: JIT and connection pools
    started.set(name, url)
    totals.set(name, { rps: [], p99: [], errors: 0 })
  }
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, url] of started) {
      const { rps, p99, errors } = await measure(url, SECONDS)
      const total = totals.get(name)
      total?.rps.push(rps)
      total?.p99.push(p99)
      if (total) total.errors += errors
    }
  }
} finally {
  for (const child of running) {
    child.kill('SIGTERM')
    await once(child, 'exit')
  }
}

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(values.length, 1)
const rows = [...totals].map(([name, total]) => ({
  server: name,
  'requests/s (mean)': Math.round(mean(total.rps)),
  'p99 latency ms': Math.round(mean(total.p99) * 10) / 10,
  'non-2xx + errors': total.errors,
}))
const [reference, kit] = rows
console.log(
  `\nToken endpoint throughput: ${CONNECTIONS} connections, ${ROUNDS} rounds of ${SECONDS} s each, alternating\n`,
)
console.table(rows)
if (reference && kit) {
  const ratio = kit['requests/s (mean)'] / reference['requests/s (mean)']
  console.log(`ratio @cobrowse-kit/server / reference: ${ratio.toFixed(2)}×`)
}
