import type { EmbedEventMap, EmbedEventName } from '../shared/embedOptions.js'
import { describeThrown, reportInvalidCall, reportProblem } from './embedProblem.js'

/** A callback of `CobrowseKit.on(name, callback)`. */
export type EmbedListener<Name extends EmbedEventName> = (payload: EmbedEventMap[Name]) => void

/** The loader's event fan-out: the UI chunk emits through the bridge, pages listen through `CobrowseKit.on`. */
export interface EmbedEvents {
  on<Name extends EmbedEventName>(name: Name, listener: EmbedListener<Name>): () => void
  off<Name extends EmbedEventName>(name: Name, listener: EmbedListener<Name>): void
  emit<Name extends EmbedEventName>(name: Name, payload: EmbedEventMap[Name]): void
}

const EVENT_NAMES: ReadonlySet<string> = new Set<EmbedEventName>(['status', 'pin', 'agents', 'error', 'ended'])
// While the session is in one of these states the last PIN is still the one an agent needs.
const PIN_STATES: ReadonlySet<string> = new Set(['pin', 'active', 'reconnecting'])

/** Whether `name` is one of the events `CobrowseKit.on` reports. */
export function isEmbedEventName(name: unknown): name is EmbedEventName {
  return typeof name === 'string' && EVENT_NAMES.has(name)
}

/**
 * Creates the event fan-out. `status` and `pin` are state, not news: a listener added late is called at once (before
 * `on` returns) with the current status, and with the current PIN while a session is waiting for or has an agent.
 * A listener that throws is reported and does not stop the others.
 */
export function createEmbedEvents(): EmbedEvents {
  const listeners = new Map<EmbedEventName, Set<EmbedListener<never>>>()
  const latest: { status?: EmbedEventMap['status']; pin?: EmbedEventMap['pin'] } = {}

  const call = <Name extends EmbedEventName>(
    name: Name,
    listener: EmbedListener<Name>,
    payload: EmbedEventMap[Name],
  ) => {
    try {
      listener(payload)
    } catch (error) {
      reportProblem({
        code: 'listener_failed',
        message: `A ${name} listener threw: ${describeThrown(error)}.`,
        hint: 'Fix that callback.',
      })
    }
  }

  return {
    on(name, listener) {
      if (!isEmbedEventName(name) || typeof listener !== 'function') {
        reportInvalidCall(`on(${String(name)}) without a known event and a function`)
        return () => {}
      }
      const set = listeners.get(name) ?? new Set()
      listeners.set(name, set)
      set.add(listener as EmbedListener<never>)
      const current = name === 'status' ? latest.status : name === 'pin' ? latest.pin : undefined
      if (current) call(name, listener, current as EmbedEventMap[typeof name])
      return () => {
        set.delete(listener as EmbedListener<never>)
      }
    },
    off(name, listener) {
      listeners.get(name)?.delete(listener as EmbedListener<never>)
    },
    emit(name, payload) {
      if (name === 'status') {
        latest.status = payload as EmbedEventMap['status']
        if (!PIN_STATES.has(latest.status.status)) delete latest.pin
      } else if (name === 'pin') {
        latest.pin = payload as EmbedEventMap['pin']
      }
      // A copy: a listener that unsubscribes itself (or another) must not change this round.
      for (const listener of [...(listeners.get(name) ?? [])])
        call(name, listener as EmbedListener<typeof name>, payload)
    },
  }
}
