import { CobrowseRestError } from './CobrowseRestError.js'

/** The error of a call whose caller aborted it; the signal's reason is kept as `cause`. */
export function abortedError(signal: AbortSignal): CobrowseRestError {
  return new CobrowseRestError('aborted', 'The request was aborted by its AbortSignal.', { cause: signal.reason })
}

/** Settles with `promise`, or rejects as `aborted` the moment `signal` aborts, even if `promise` never settles. */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise
  if (signal.aborted) return Promise.reject(abortedError(signal))
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortedError(signal))
    signal.addEventListener('abort', onAbort, { once: true })
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort))
  })
}

/** Waits `ms` before a retry; an abort ends the wait at once and rejects as `aborted`. */
export function waitBeforeRetry(ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (signal?.aborted) return Promise.reject(abortedError(signal))
  return new Promise<void>((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer)
      reject(signal ? abortedError(signal) : undefined)
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}
