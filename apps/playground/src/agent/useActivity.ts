import { useEffect, useState } from 'react'
import type { ActivityReport } from '../../backend/activityReport.js'
import { API_PATHS } from '../../backend/apiPaths.js'

/** How often the agent console asks the server for live sessions and webhooks, while the page is visible. */
export const ACTIVITY_POLL_MS = 2000

/** The last report the server gave, and why the latest poll failed, if it did (the report is then kept, stale). */
export interface ActivityState {
  report: ActivityReport | undefined
  error: string | undefined
}

/**
 * Polls `GET /api/cobrowse/activity` every `intervalMs` while the page is visible; a hidden tab stops polling and
 * polls at once when shown again. One request at a time: the next waits for the previous answer.
 *
 * @example
 * const { report, error } = useActivity()
 */
export function useActivity(intervalMs = ACTIVITY_POLL_MS): ActivityState {
  const [state, setState] = useState<ActivityState>({ report: undefined, error: undefined })

  useEffect(() => {
    const controller = new AbortController()
    let timer: ReturnType<typeof setTimeout> | undefined
    let inFlight = false
    const poll = async () => {
      timer = undefined
      inFlight = true
      const result = await readActivity(controller.signal)
      inFlight = false
      if (controller.signal.aborted) return
      setState((previous) =>
        'report' in result
          ? { report: result.report, error: undefined }
          : { report: previous.report, error: result.error },
      )
      if (document.visibilityState === 'visible') timer = setTimeout(poll, intervalMs)
    }
    const onVisibilityChange = () => {
      if (document.visibilityState !== 'visible') {
        clearTimeout(timer)
        timer = undefined
      } else if (!inFlight && timer === undefined) {
        void poll()
      }
    }
    document.addEventListener('visibilitychange', onVisibilityChange)
    void poll()
    return () => {
      controller.abort()
      clearTimeout(timer)
      document.removeEventListener('visibilitychange', onVisibilityChange)
    }
  }, [intervalMs])

  return state
}

async function readActivity(signal: AbortSignal): Promise<{ report: ActivityReport } | { error: string }> {
  try {
    const response = await fetch(API_PATHS.activity, { signal, headers: { accept: 'application/json' } })
    const body: unknown = await response.json().catch(() => undefined)
    if (response.ok) return { report: body as ActivityReport }
    const problem = (body ?? {}) as { message?: unknown; hint?: unknown }
    return {
      error:
        typeof problem.message === 'string'
          ? `${problem.message} ${typeof problem.hint === 'string' ? problem.hint : ''}`.trim()
          : `The playground server answered ${response.status}.`,
    }
  } catch {
    return { error: 'The playground server did not answer. Is it still running?' }
  }
}
