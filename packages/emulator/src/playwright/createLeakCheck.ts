import type { Page, WebSocket } from '@playwright/test'
import { createLeakMatcher, type LeakTargets } from './createLeakMatcher.js'
import { formatLeakReport } from './formatLeakReport.js'
import { LeaksFoundError } from './LeaksFoundError.js'
import type { FrameDirection, Leak } from './leak.js'
import { PlaywrightHelperError } from './PlaywrightHelperError.js'
import { RrwebNodeMap } from './rrwebNodeMap.js'
import { scanAgentView } from './scanAgentView.js'
import { type CapturedFrame, scanFrame } from './scanFrame.js'
import { waitForQuiet } from './waitForQuiet.js'

/**
 * How `watch()` treats a page.
 *
 * @example
 * // The host's own agent console, with the BYOP viewer in it:
 * leakCheck.watch(consolePage, 'agent console', { agentView: true })
 */
export interface WatchOptions {
  /** Also scan this page's DOM (every frame of it) in `findLeaks()`: an agent desk, console or viewer. */
  agentView?: boolean
}

/**
 * How `findLeaks()` and `expectNoLeaks()` scan.
 *
 * @example
 * await leakCheck.expectNoLeaks({ settleMs: 1000 }) // a page whose recorder batches its events
 */
export interface FindLeaksOptions {
  /**
   * Scan once no frame has arrived for this long, so the last keystrokes' events are in. Default 300 ms; give 0 when
   * the test has already waited for the agent to see the last change.
   */
  settleMs?: number
  /** Scan after this long even if frames keep coming (a page that streams mouse moves). Default 5000 ms. */
  maxWaitMs?: number
  /** Scan the DOM of the pages watched with `agentView`. Default true; a closed one is then an error. */
  scanAgentViews?: boolean
}

/**
 * Collects WebSocket frames of pages and finds secrets in them and in agent views; see {@link createLeakCheck}.
 *
 * @example
 * const leakCheck: LeakCheck = createLeakCheck({ secrets: ['4111111111111111'] })
 * leakCheck.watch(page, 'customer')
 */
export interface LeakCheck {
  /**
   * Records every frame the page's WebSockets send and receive from now on. Call it before the page connects
   * (before `goto` or the click that starts the session): frames of a socket opened earlier are not seen. Returns
   * the label reports use: `label`, or `label (2)` when another page already has it.
   */
  watch(page: Page, label: string, options?: WatchOptions): string
  /** Every leak in the frames recorded so far and in the agent views now, frames first. */
  findLeaks(options?: FindLeaksOptions): Promise<Leak[]>
  /**
   * Throws `LeaksFoundError` with a readable report when `findLeaks()` finds anything, and `PlaywrightHelperError`
   * (`nothing_captured`) when no frame was recorded at all, since an empty capture would pass without proving anything.
   */
  expectNoLeaks(options?: FindLeaksOptions): Promise<void>
  /** The frames recorded so far, all pages, in arrival order. */
  readonly frames: readonly CapturedFrame[]
}

interface Watched {
  page: Page
  label: string
  agentView: boolean
  frames: number
}

/**
 * Starts a leak check: say what must never reach an agent (secrets, patterns, optionally pieces of secrets), then
 * `watch()` the customer and agent pages (or let `joinAgent({ leakCheck })` watch the agent) and end the test with
 * `expectNoLeaks()`.
 *
 * @example
 * const leakCheck = createLeakCheck({ secrets: ['4111111111111111'], patterns: [cardNumberPattern], pieceLength: 6 })
 * leakCheck.watch(customer, 'customer')
 * // … start the session, joinAgent(browser, { emulator, pin, leakCheck }), type into the masked field …
 * await leakCheck.expectNoLeaks()
 */
export function createLeakCheck(targets: LeakTargets): LeakCheck {
  const matcher = createLeakMatcher(targets)
  const watched: Watched[] = []
  const frames: CapturedFrame[] = []
  let lastFrameAt = 0

  const record = (entry: Watched, socket: WebSocket, direction: FrameDirection, payload: string | Buffer) => {
    entry.frames++
    lastFrameAt = Date.now()
    frames.push({
      page: entry.label,
      direction,
      index: entry.frames,
      socketUrl: socket.url(),
      payload: typeof payload === 'string' ? payload : payload.toString('utf8'),
    })
  }

  const findLeaks = async (options: FindLeaksOptions = {}): Promise<Leak[]> => {
    await waitForQuiet(() => lastFrameAt, options.settleMs ?? 300, options.maxWaitMs ?? 5000)
    const leaks: Leak[] = []
    const maps = new Map<string, RrwebNodeMap>()
    for (const frame of frames) {
      const nodes = maps.get(frame.page) ?? new RrwebNodeMap()
      maps.set(frame.page, nodes)
      leaks.push(...scanFrame(frame, nodes, matcher))
    }
    if (options.scanAgentViews === false) return leaks
    for (const entry of watched.filter((candidate) => candidate.agentView)) {
      if (entry.page.isClosed()) {
        throw new PlaywrightHelperError(
          'agent_view_closed',
          `findLeaks: the agent page "${entry.label}" is closed, so its view cannot be scanned.`,
          'Call findLeaks() / expectNoLeaks() before closing agent pages, or pass { scanAgentViews: false }.',
        )
      }
      leaks.push(...(await scanAgentView(entry.page, entry.label, matcher)))
    }
    return leaks
  }

  return {
    frames,
    watch(page, label, options = {}) {
      const known = watched.find((entry) => entry.page === page)
      if (known) {
        known.agentView ||= options.agentView === true
        return known.label
      }
      const taken = new Set(watched.map((entry) => entry.label))
      let unique = label
      for (let count = 2; taken.has(unique); count++) unique = `${label} (${count})`
      const entry: Watched = { page, label: unique, agentView: options.agentView === true, frames: 0 }
      watched.push(entry)
      page.on('websocket', (socket) => {
        socket.on('framesent', ({ payload }) => record(entry, socket, 'sent', payload))
        socket.on('framereceived', ({ payload }) => record(entry, socket, 'received', payload))
      })
      return unique
    },
    findLeaks,
    async expectNoLeaks(options) {
      if (frames.length === 0) {
        throw new PlaywrightHelperError(
          'nothing_captured',
          `expectNoLeaks: no WebSocket frame was recorded (pages watched: ${watched.length}).`,
          'Call leakCheck.watch(page, label) before the page opens its cobrowse session, and start a session.',
        )
      }
      const leaks = await findLeaks(options)
      if (leaks.length === 0) return
      const report = formatLeakReport(leaks, {
        frames: frames.length,
        pages: watched.map((entry) => entry.label),
        agentViews: options?.scanAgentViews === false ? [] : watched.filter((e) => e.agentView).map((e) => e.label),
      })
      throw new LeaksFoundError(report, leaks)
    },
  }
}
