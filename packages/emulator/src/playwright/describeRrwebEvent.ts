import { isRecord } from './isRecord.js'

/** rrweb's `EventType`, by value. */
const EVENT_TYPES = [
  'DomContentLoaded',
  'Load',
  'FullSnapshot',
  'IncrementalSnapshot',
  'Meta',
  'Custom',
  'Plugin',
  'Asset',
  'Annotation',
]

/** rrweb's `IncrementalSource`, by value. */
const INCREMENTAL_SOURCES = [
  'Mutation',
  'MouseMove',
  'MouseInteraction',
  'Scroll',
  'ViewportResize',
  'Input',
  'TouchMove',
  'MediaInteraction',
  'StyleSheetRule',
  'CanvasMutation',
  'Font',
  'Log',
  'Drag',
  'StyleDeclaration',
  'Selection',
  'AdoptedStyleSheet',
  'CustomElement',
]

/**
 * rrweb's numeric event codes that the frame scan branches on.
 *
 * @example
 * if (event.type === RRWEB.incrementalSnapshot && event.data.source === RRWEB.input) console.log('a field changed')
 */
export const RRWEB = { fullSnapshot: 2, incrementalSnapshot: 3, mutation: 0, input: 5 } as const

/**
 * Names an rrweb event for a report: its type, and for incremental snapshots its source; numbers rrweb may add later
 * show as numbers instead of failing.
 *
 * @example
 * describeRrwebEvent({ type: 3, data: { source: 3 } }) // 'IncrementalSnapshot/Scroll'
 */
export function describeRrwebEvent(event: unknown): string {
  if (!isRecord(event) || typeof event.type !== 'number') return 'not an rrweb event'
  const type = EVENT_TYPES[event.type] ?? `type ${event.type}`
  if (event.type !== RRWEB.incrementalSnapshot) return type
  const source = isRecord(event.data) ? event.data.source : undefined
  if (typeof source !== 'number') return type
  return `${type}/${INCREMENTAL_SOURCES[source] ?? `source ${source}`}`
}
