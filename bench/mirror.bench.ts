import { chromium, type Page } from '@playwright/test'
import { devToken, startCustomer } from '../e2e/support/emulatorPages.js'
import { serveFixtures } from '../e2e/support/serveFixtures.js'
import { spawnEmulator } from '../e2e/support/spawnEmulator.js'
import { CHROMIUM_LAUNCH } from '../scripts/chromium.js'

// `pnpm bench`: how fast the emulator mirrors a customer page to an agent, in real Chromium on loopback.
// 1. mutation latency: the customer page adds a node; measured until it is in the agent's replayed DOM (p50, p95).
// 2. late-join full snapshot: a 5,000-element page; measured from the agent's Join to the last element replayed.
// Both ends read Date.now() in the same browser, so their clocks agree.

const MUTATIONS = 200
const SNAPSHOT_RUNS = 5
const LARGE_PAGE = 5000

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
}

// Browser-side code goes in as a string: tsx (esbuild) wraps functions in a `__name` helper that pages lack.
const WATCH_REPLAY = `(wanted) => new Promise((resolve, reject) => {
  const started = Date.now()
  const look = () => {
    const frame = document.querySelector('[data-testid="agent-view"] iframe')
    const doc = frame && frame.contentDocument
    if (doc && doc.body && doc.body.textContent.includes(wanted)) return resolve(Date.now())
    if (Date.now() - started > 10000) return reject(new Error('never replayed: ' + wanted))
    requestAnimationFrame(look)
  }
  look()
})`

/** Resolves the Date.now() at which `text` shows up in the agent's replay iframe. */
function whenReplayed(agent: Page, text: string): Promise<number> {
  return agent.evaluate(`(${WATCH_REPLAY})(${JSON.stringify(text)})`) as Promise<number>
}

async function joinAgent(page: Page, emulatorUrl: string, pin: string): Promise<number> {
  const token = await devToken(emulatorUrl, { role: 2, userId: `bench-${Date.now()}`, userName: 'Bench agent' })
  await page.goto(`${emulatorUrl}/sdkapi/zcb/frame-templates/desk?access_token=${encodeURIComponent(token)}`)
  await page.getByRole('textbox', { name: 'PIN' }).fill(pin)
  const clickedAt = (await page.evaluate('Date.now()')) as number
  await page.getByRole('button', { name: 'Join' }).click()
  return clickedAt
}

async function main() {
  const emulator = await spawnEmulator()
  const site = await serveFixtures({ emulator: emulator.url, sdkKey: emulator.sdkKey })
  const browser = await chromium.launch(CHROMIUM_LAUNCH)
  try {
    const customer = await browser.newPage()
    const agent = await browser.newPage()
    const pin = await startCustomer(customer, site.url)
    await joinAgent(agent, emulator.url, pin)
    await whenReplayed(agent, 'Welcome to the fixture shop')

    const latencies: number[] = []
    for (let i = 0; i < MUTATIONS; i++) {
      const text = `bench-mutation-${i}-${Math.random().toString(36).slice(2)}`
      const seen = whenReplayed(agent, text)
      const sentAt = (await customer.evaluate(
        `(() => { const line = document.createElement('p'); line.textContent = ${JSON.stringify(text)}; const at = Date.now(); document.body.appendChild(line); return at })()`,
      )) as number
      latencies.push((await seen) - sentAt)
    }

    const snapshots: number[] = []
    for (let run = 0; run < SNAPSHOT_RUNS; run++) {
      const bigCustomer = await browser.newPage()
      const bigPin = await startCustomer(bigCustomer, site.url, `nodes=${LARGE_PAGE}`)
      const bigAgent = await browser.newPage()
      const clickedAt = await joinAgent(bigAgent, emulator.url, bigPin)
      const replayedAt = await whenReplayed(bigAgent, `cell-${LARGE_PAGE - 1} `)
      snapshots.push(replayedAt - clickedAt)
      await bigCustomer.locator('#end').click()
      await Promise.all([bigCustomer.close(), bigAgent.close()])
    }

    const ms = (value: number) => `${value.toFixed(0)} ms`
    console.log('\nCobrowse Kit emulator: mirror benchmark (loopback, Debian chromium)\n')
    console.table([
      {
        measure: `mutation → agent DOM (${MUTATIONS} runs)`,
        p50: ms(percentile(latencies, 50)),
        p95: ms(percentile(latencies, 95)),
        max: ms(Math.max(...latencies)),
        target: 'p95 < 50 ms',
      },
      {
        measure: `late join: ${LARGE_PAGE}-element page replayed (${SNAPSHOT_RUNS} runs)`,
        p50: ms(percentile(snapshots, 50)),
        p95: ms(percentile(snapshots, 95)),
        max: ms(Math.max(...snapshots)),
        target: '< 1000 ms',
      },
    ])
  } finally {
    await browser.close()
    await site.close()
    await emulator.stop()
  }
}

await main()
