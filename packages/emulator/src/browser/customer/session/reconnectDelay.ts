/** First wait before resuming after a dropped connection, doubled on each failure up to the cap. */
const FIRST_DELAY_MS = 500
/** Capped so that late in the two-minute window a returning network is still noticed within seconds. */
const MAX_DELAY_MS = 8_000

/** Milliseconds to wait before resume attempt number `attempt` (0-based): 0.5 s, 1 s, 2 s, 4 s, then 8 s. */
export function reconnectDelay(attempt: number): number {
  return Math.min(FIRST_DELAY_MS * 2 ** Math.max(0, attempt), MAX_DELAY_MS)
}
