import { RRWEB } from './describeRrwebEvent.js'
import { isRecord } from './isRecord.js'
import type { FrameEventKind } from './leak.js'
import type { RrwebNodeMap } from './rrwebNodeMap.js'
import { childPath, type Spot, type Visit, visitJson } from './visitJson.js'

const MUTATION_PARTS = [
  ['adds', 'mutation-add'],
  ['texts', 'mutation-text'],
  ['attributes', 'mutation-attribute'],
] as const

/**
 * Applies what an rrweb event says about the page's structure: a full snapshot replaces the map, mutation adds
 * extend it, attribute changes follow id and name.
 *
 * @example
 * updateNodes(event, nodes) // before matching the event's strings, so their paths are known
 */
export function updateNodes(event: Record<string, unknown>, nodes: RrwebNodeMap): void {
  const data = isRecord(event.data) ? event.data : {}
  if (event.type === RRWEB.fullSnapshot) {
    nodes.reset()
    nodes.addTree(data.node, undefined)
  } else if (event.type === RRWEB.incrementalSnapshot && data.source === RRWEB.mutation) {
    // All adds first: an add's parent may be another add of the same batch, listed after it.
    for (const add of records(data.adds)) nodes.addTree(add.node, numberOrUndefined(add.parentId))
    for (const change of records(data.attributes)) {
      if (typeof change.id === 'number' && isRecord(change.attributes))
        nodes.setAttributes(change.id, change.attributes)
    }
  }
}

/**
 * Visits every string of an rrweb event (at `$.event`) with the kind of change it belongs to and, where the event
 * names one, the node: full-snapshot and added nodes per attribute and text, mutation texts and attributes by id,
 * input values by id; anything else is `rrweb-other`.
 *
 * @example
 * visitEvent(message.event, (value, spot) => console.log(spot.kind, spot.jsonPath, value))
 */
export function visitEvent(event: Record<string, unknown>, visit: Visit): void {
  const data = isRecord(event.data) ? event.data : undefined
  const isIncremental = event.type === RRWEB.incrementalSnapshot
  for (const [key, value] of Object.entries(event)) {
    const jsonPath = childPath('$.event', key)
    if (key !== 'data' || !data) visitJson(value, { kind: 'rrweb-other', jsonPath }, visit)
    else if (event.type === RRWEB.fullSnapshot) visitFullSnapshot(data, jsonPath, visit)
    else if (isIncremental && data.source === RRWEB.mutation) visitMutation(data, jsonPath, visit)
    else if (isIncremental && data.source === RRWEB.input) visitInput(data, jsonPath, visit)
    else visitJson(value, { kind: 'rrweb-other', jsonPath }, visit)
  }
}

function visitFullSnapshot(data: Record<string, unknown>, path: string, visit: Visit): void {
  for (const [key, value] of Object.entries(data)) {
    const jsonPath = childPath(path, key)
    if (key === 'node') visitNode(value, jsonPath, 'full-snapshot', visit)
    else visitJson(value, { kind: 'full-snapshot', jsonPath }, visit)
  }
}

function visitMutation(data: Record<string, unknown>, path: string, visit: Visit): void {
  for (const [key, value] of Object.entries(data)) {
    const jsonPath = childPath(path, key)
    const part = MUTATION_PARTS.find(([name]) => name === key)
    if (!part || !Array.isArray(value)) {
      visitJson(value, { kind: 'rrweb-other', jsonPath }, visit)
      continue
    }
    const kind = part[1]
    for (const [index, item] of (value as unknown[]).entries()) {
      const itemPath = childPath(jsonPath, index)
      if (!isRecord(item)) {
        visitJson(item, { kind, jsonPath: itemPath }, visit)
        continue
      }
      // texts[] and attributes[] name their node by `id`; an add's node carries its own.
      const about = withNode({ kind }, numberOrUndefined(item.id))
      for (const [field, inner] of Object.entries(item)) {
        const innerPath = childPath(itemPath, field)
        if (kind === 'mutation-add' && field === 'node') visitNode(inner, innerPath, kind, visit)
        else if (kind === 'mutation-attribute' && field === 'attributes' && isRecord(inner)) {
          visitAttributes(inner, innerPath, about, visit)
        } else visitJson(inner, { ...about, jsonPath: innerPath }, visit)
      }
    }
  }
}

function visitInput(data: Record<string, unknown>, path: string, visit: Visit): void {
  visitJson(data, { ...withNode({ kind: 'input' }, numberOrUndefined(data.id)), jsonPath: path }, visit)
}

/** A serialized rrweb node and its subtree: attribute values name their attribute, the rest name the node. */
function visitNode(node: unknown, path: string, kind: FrameEventKind, visit: Visit): void {
  if (!isRecord(node) || typeof node.id !== 'number') {
    visitJson(node, { kind, jsonPath: path }, visit)
    return
  }
  const nodeId = node.id
  for (const [key, value] of Object.entries(node)) {
    const jsonPath = childPath(path, key)
    if (key === 'attributes' && isRecord(value)) visitAttributes(value, jsonPath, { kind, nodeId }, visit)
    else if (key === 'childNodes' && Array.isArray(value)) {
      for (const [index, child] of (value as unknown[]).entries()) {
        visitNode(child, childPath(jsonPath, index), kind, visit)
      }
    } else visitJson(value, { kind, jsonPath, nodeId }, visit)
  }
}

function visitAttributes(
  attributes: Record<string, unknown>,
  path: string,
  spot: Omit<Spot, 'jsonPath' | 'attribute'>,
  visit: Visit,
): void {
  for (const [attribute, value] of Object.entries(attributes)) {
    visitJson(value, { ...spot, attribute, jsonPath: childPath(path, attribute) }, visit)
  }
}

/**
 * For a match found only in the raw text of an rrweb frame: which part of a mutation holds it, else `rrweb-other`
 * (or the event's own kind for full snapshots and inputs).
 *
 * @example
 * rawMatchKind(mutationEvent, '4111111111111111') // 'mutation-add' when it sits in data.adds
 */
export function rawMatchKind(event: Record<string, unknown>, found: string): FrameEventKind {
  const data = isRecord(event.data) ? event.data : {}
  if (event.type === RRWEB.fullSnapshot) return 'full-snapshot'
  if (event.type !== RRWEB.incrementalSnapshot) return 'rrweb-other'
  if (data.source === RRWEB.input) return 'input'
  if (data.source !== RRWEB.mutation) return 'rrweb-other'
  const part = MUTATION_PARTS.find(([key]) => JSON.stringify(data[key] ?? null).includes(found))
  return part ? part[1] : 'rrweb-other'
}

function withNode(spot: { kind: FrameEventKind }, nodeId: number | undefined): Omit<Spot, 'jsonPath'> {
  return nodeId === undefined ? spot : { ...spot, nodeId }
}

function records(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isRecord) : []
}

function numberOrUndefined(value: unknown): number | undefined {
  return typeof value === 'number' ? value : undefined
}
