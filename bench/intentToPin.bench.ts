import { type Browser, chromium, type Page } from '@playwright/test'
import { buildEmbedForTests } from '../e2e/support/buildEmbedForTests.js'
import { serveFixtures } from '../e2e/support/serveFixtures.js'
import { spawnEmulator } from '../e2e/support/spawnEmulator.js'
import { CHROMIUM_LAUNCH } from '../scripts/chromium.js'
import { serveReactHost } from './intentToPin/serveReactHost.js'

// `pnpm bench`: click → PIN on screen, in real Chromium against the emulator, with Zoom's SDK stand-in padded to the
// real script's size (about 3.4 MB) and the link throttled by CDP to a decent home connection. Each run is a fresh
// browser context with the cache off, so every run downloads everything.
//   cold:  the pointer moves onto the button and clicks at once (what Playwright's click does: intent and click a few
//          ms apart), so nothing has been preloaded.
//   hover: the pointer rests on the button for DWELL_MS first. 400 ms stands for a short, deliberate move-then-click;
//          a longer dwell hides more of the download, never less.
//   ready: a 3 s dwell, long enough for the whole download: the floor the preload can reach.
// Runs of the three alternate, so drift on the machine does not favour one. BENCH_RUNS sets the runs (default 10).

const RUNS = Number(process.env.BENCH_RUNS ?? 10)
const SDK_BYTES = 3_400_000
const DWELL_MS = 400
const READY_MS = 3_000
const NETWORK = { offline: false, latency: 40, downloadThroughput: 20e6 / 8, uploadThroughput: 5e6 / 8 }

type Scenario = 'cold' | 'hover' | 'ready'
const DWELL: Record<Scenario, number | undefined> = { cold: undefined, hover: DWELL_MS, ready: READY_MS }

interface Host {
  name: string
  url: string
  /** Where the PIN is drawn: the embed's shadow root, or the React page's body. */
  root: 'shadow' | 'body'
}

// Browser-side code goes in as a string: tsx (esbuild) wraps functions in a `__name` helper that pages lack.
// The click is stamped by a capturing listener on window; the PIN by an observer of the DOM it is drawn into.
const WATCH = `(where) => {
  const stamps = { clickAt: 0, pinAt: 0 }
  window.__intentToPin = stamps
  addEventListener('click', () => { if (!stamps.clickAt) stamps.clickAt = performance.now() }, { capture: true })
  const root = where === 'shadow' ? document.querySelector('[data-cobrowse-kit]').shadowRoot : document.body
  const observer = new MutationObserver(() => {
    if (!stamps.clickAt || !/\\d{3} \\d{3}/.test(root.textContent)) return
    stamps.pinAt = performance.now()
    observer.disconnect()
  })
  observer.observe(root, { subtree: true, childList: true, characterData: true })
}`

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
}

async function throttle(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  await cdp.send('Network.emulateNetworkConditions', NETWORK)
}

/** One run: a fresh context, the page loaded over the throttled link, then intent and click. Returns ms. */
async function clickToPin(browser: Browser, host: Host, scenario: Scenario): Promise<number> {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    await throttle(page)
    await page.goto(host.url, { waitUntil: 'networkidle' })
    const button = page.getByRole('button', { name: 'Get help' })
    await button.waitFor()
    await page.evaluate(`(${WATCH})(${JSON.stringify(host.root)})`)
    const dwell = DWELL[scenario]
    if (dwell !== undefined) {
      await button.hover()
      await page.waitForTimeout(dwell)
    }
    await button.click()
    await page.waitForFunction('window.__intentToPin.pinAt > 0', null, { timeout: 60_000, polling: 50 })
    const { clickAt, pinAt } = (await page.evaluate('window.__intentToPin')) as { clickAt: number; pinAt: number }
    await page.evaluate('window.CobrowseKit && window.CobrowseKit.end()')
    return pinAt - clickAt
  } finally {
    await context.close()
  }
}

async function main() {
  const [embed, emulator] = await Promise.all([
    buildEmbedForTests(),
    spawnEmulator(['--sdk-script-bytes', String(SDK_BYTES)]),
  ])
  const site = await serveFixtures({ emulator: emulator.url, sdkKey: emulator.sdkKey, embed })
  const reactHost = await serveReactHost(emulator.url, emulator.sdkKey)
  const browser = await chromium.launch(CHROMIUM_LAUNCH)
  try {
    // The emulator bundles its SDK on the first request: done here, so no run pays for esbuild.
    const script = await fetch(`${emulator.url}/static/resource/sdk/${emulator.sdkKey}/js`)
    const scriptBytes = (await script.arrayBuffer()).byteLength
    const hosts: Host[] = [
      { name: 'embed (script tag)', url: `${site.url}/embed.html`, root: 'shadow' },
      { name: 'React <CobrowseButton />', url: reactHost.url, root: 'body' },
    ]
    const scenarios = Object.keys(DWELL) as Scenario[]
    const rows = []
    const medians = new Map<string, number>()
    for (const host of hosts) {
      for (const scenario of scenarios) await clickToPin(browser, host, scenario) // warm-up, not counted
      const times = new Map<Scenario, number[]>(scenarios.map((scenario) => [scenario, []]))
      for (let run = 0; run < RUNS; run++) {
        for (const scenario of scenarios) times.get(scenario)?.push(await clickToPin(browser, host, scenario))
      }
      for (const [scenario, values] of times) {
        const ms = (value: number) => `${value.toFixed(0)} ms`
        medians.set(`${host.name} ${scenario}`, percentile(values, 50))
        rows.push({
          host: host.name,
          'before the click': scenario === 'cold' ? 'nothing (cold click)' : `hover ${DWELL[scenario]} ms`,
          median: ms(percentile(values, 50)),
          p90: ms(percentile(values, 90)),
          min: ms(Math.min(...values)),
          max: ms(Math.max(...values)),
        })
      }
    }
    console.log(
      `\nClick → PIN visible: SDK stand-in ${(scriptBytes / 1e6).toFixed(2)} MB, ${NETWORK.downloadThroughput * 8e-6} Mbps` +
        ` down / ${NETWORK.uploadThroughput * 8e-6} Mbps up, ${NETWORK.latency} ms latency (CDP), cache off,` +
        ` fresh context per run, ${RUNS} runs each\n`,
    )
    console.table(rows)
    for (const host of hosts) {
      const cold = medians.get(`${host.name} cold`) ?? Number.NaN
      const hover = medians.get(`${host.name} hover`) ?? Number.NaN
      const ready = medians.get(`${host.name} ready`) ?? Number.NaN
      console.log(
        `${host.name}: median cold / hover ${DWELL_MS} ms = ${(cold / hover).toFixed(2)}×` +
          ` (cold / hover ${READY_MS} ms = ${(cold / ready).toFixed(1)}×)`,
      )
    }
  } finally {
    await browser.close()
    await Promise.all([site.close(), reactHost.close()])
    await emulator.stop()
  }
}

await main()
