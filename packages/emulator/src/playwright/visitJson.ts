import { isRecord } from './isRecord.js'
import type { FrameEventKind } from './leak.js'

/**
 * Where in a parsed message a string sits: the event kind, the JSON path, and the rrweb node and attribute if any.
 *
 * @example
 * const spot: Spot = {
 *   kind: 'mutation-attribute',
 *   jsonPath: '$.event.data.attributes[0].attributes.title',
 *   nodeId: 57,
 *   attribute: 'title',
 * }
 */
export interface Spot {
  kind: FrameEventKind
  jsonPath: string
  nodeId?: number
  attribute?: string
}

/**
 * Called with every string value and its spot.
 *
 * @example
 * const visit: Visit = (value, spot) => console.log(spot.jsonPath, value)
 */
export type Visit = (value: string, spot: Spot) => void

/**
 * Visits every string under `value`, all with `spot`'s kind, node and attribute. Numbers and booleans are skipped on
 * purpose: patterns must not read rrweb's timestamps and ids as card numbers (the raw scan still finds a whole secret
 * sent as a number).
 *
 * @example
 * visitJson({ t: 'start', token: 'eyJ…' }, { kind: 'protocol', jsonPath: '$' }, visit) // visits 'start' and 'eyJ…'
 */
export function visitJson(value: unknown, spot: Spot, visit: Visit): void {
  if (typeof value === 'string') visit(value, spot)
  else if (Array.isArray(value)) {
    for (const [index, item] of (value as unknown[]).entries()) {
      visitJson(item, { ...spot, jsonPath: childPath(spot.jsonPath, index) }, visit)
    }
  } else if (isRecord(value)) {
    for (const [key, item] of Object.entries(value)) {
      visitJson(item, { ...spot, jsonPath: childPath(spot.jsonPath, key) }, visit)
    }
  }
}

/**
 * The JSON path of a child: readable for plain keys, unambiguous for the rest.
 *
 * @example
 * childPath(childPath('$.event', 'attributes'), 'aria-label') // '$.event.attributes["aria-label"]'
 */
export function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${parent}.${key}` : `${parent}[${JSON.stringify(key)}]`
}
