import { isRecord } from './isRecord.js'

/** rrweb-snapshot's `NodeType.Element`; documents, text and comments add no path segment. */
const ELEMENT = 2

interface NodeEntry {
  parent: number | undefined
  type: number
  tag: string
  id: string | undefined
  name: string | undefined
}

/** Deep enough for any real page; stops a malformed parent chain from looping. */
const MAX_DEPTH = 200

/**
 * The page structure one watched page's frames described, by rrweb node id, so an event that names only node 57
 * (a text change, an attribute change, an input) can be reported as `html > body > form#checkout > input[name="card"]`.
 * Built from full snapshots and mutation adds in frame order; one map per watched page, since ids are per recording.
 *
 * @example
 * const nodes = new RrwebNodeMap()
 * nodes.addTree(fullSnapshot.data.node, undefined)
 * nodes.path(57) // 'html > body > form#checkout > input[name="card"]'
 */
export class RrwebNodeMap {
  readonly #nodes = new Map<number, NodeEntry>()

  /** Forgets everything: a full snapshot describes the whole page again (and a reloaded page starts ids over). */
  reset(): void {
    this.#nodes.clear()
  }

  /** Adds a serialized node and everything under it; anything that is not a serialized node is ignored. */
  addTree(node: unknown, parent: number | undefined): void {
    const pending: Array<[unknown, number | undefined]> = [[node, parent]]
    for (let next = pending.pop(); next; next = pending.pop()) {
      const [value, parentId] = next
      if (!isRecord(value) || typeof value.id !== 'number' || typeof value.type !== 'number') continue
      const attributes = isRecord(value.attributes) ? value.attributes : {}
      this.#nodes.set(value.id, {
        parent: parentId,
        type: value.type,
        tag: typeof value.tagName === 'string' ? value.tagName.toLowerCase() : '',
        id: stringOrUndefined(attributes.id),
        name: stringOrUndefined(attributes.name),
      })
      if (Array.isArray(value.childNodes)) for (const child of value.childNodes) pending.push([child, value.id])
    }
  }

  /** Follows an attribute mutation, so later paths show an element's new id or name. */
  setAttributes(id: number, attributes: Record<string, unknown>): void {
    const entry = this.#nodes.get(id)
    if (!entry) return
    if ('id' in attributes) entry.id = stringOrUndefined(attributes.id)
    if ('name' in attributes) entry.name = stringOrUndefined(attributes.name)
  }

  /** Whether a node was described. */
  has(id: number): boolean {
    return this.#nodes.has(id)
  }

  /**
   * The element path of a node: for a text or comment node, of the element holding it. Documents add no segment, so
   * a node inside a same-origin iframe reads `… > iframe#pay > html > body > …`. Undefined for an unknown node; an
   * unknown ancestor shows as `(node N)`, where the chain broke.
   */
  path(id: number): string | undefined {
    if (!this.#nodes.has(id)) return undefined
    const segments: string[] = []
    let current: number | undefined = id
    for (let depth = 0; current !== undefined && depth < MAX_DEPTH; depth++) {
      const entry = this.#nodes.get(current)
      if (!entry) {
        segments.push(`(node ${current})`)
        break
      }
      if (entry.type === ELEMENT) segments.push(elementSegment(entry.tag, entry.id, entry.name))
      current = entry.parent
    }
    return segments.reverse().join(' > ')
  }
}

/**
 * One step of an element path: the tag, then `#id`, else `[name="…"]`. The agent-view scan runs the same rule inside
 * the page (it cannot import this), so keep the two in step.
 */
function elementSegment(tag: string, id: string | undefined, name: string | undefined): string {
  if (id) return `${tag}#${id}`
  if (name) return `${tag}[name="${name}"]`
  return tag
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined
}
