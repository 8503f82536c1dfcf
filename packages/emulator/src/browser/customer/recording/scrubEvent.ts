import { EventType, IncrementalSource } from 'rrweb'
import { maskedAttributeRule } from './maskedAttributes.js'
import { maskedStyle, maskedStyleDiff } from './maskedStyle.js'
import { maskText, maskValue } from './maskValue.js'

/** Whether the node with this rrweb id is masked (itself or through an ancestor). */
export type IsMasked = (id: number) => boolean
/** Whether the node with this rrweb id is an SVG element (its drawing attributes are dropped, not masked). */
export type IsSvg = (id: number) => boolean

/** rrweb-snapshot's node kinds (its `NodeType` enum is not re-exported by rrweb). */
const ELEMENT = 2
const TEXT = 3
const COMMENT = 5

interface SerializedNode {
  type: number
  id: number
  tagName?: string
  isSVG?: boolean
  attributes?: Record<string, unknown>
  textContent?: string
  childNodes?: SerializedNode[]
}

interface MutationData {
  texts?: Array<{ id: number; value: unknown }>
  attributes?: Array<{ id: number; attributes: Record<string, unknown> }>
  adds?: Array<{ parentId: number; node: SerializedNode }>
}

/**
 * Applies `maskedAttributeRule` to the attributes of a masked element, in place. A mutation's value may also be
 * `null` (the attribute was removed: nothing to hide) or, for `style`, rrweb's diff object.
 */
function scrubAttributes(attributes: Record<string, unknown>, isSvg: boolean): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null) continue
    const rule = maskedAttributeRule(name, isSvg)
    if (rule === 'keep') continue
    if (rule === 'style' && typeof value === 'string') {
      const style = maskedStyle(value)
      if (style === null) delete attributes[name]
      else attributes[name] = style
    } else if (rule === 'style' && typeof value === 'object') {
      attributes[name] = maskedStyleDiff(value as Record<string, unknown>)
    } else if (rule === 'mask' && typeof value === 'string') {
      attributes[name] = maskValue(value)
    } else {
      delete attributes[name]
    }
  }
}

function scrubTree(node: SerializedNode, inherited: boolean, isMasked: IsMasked, parentTag?: string): void {
  // Asked even under a masked parent: the recorder remembers every password field it is asked about.
  const masked = isMasked(node.id) || inherited
  if (masked && node.type === ELEMENT && node.attributes) scrubAttributes(node.attributes, node.isSVG === true)
  // Style and script text is page code, never user data; masking it would only break the replay.
  const isCode = parentTag === 'style' || parentTag === 'script'
  if (masked && (node.type === TEXT || node.type === COMMENT) && typeof node.textContent === 'string' && !isCode) {
    node.textContent = maskText(node.textContent)
  }
  for (const child of node.childNodes ?? []) scrubTree(child, masked, isMasked, node.tagName)
}

function scrubMutation(data: MutationData, isMasked: IsMasked, isSvg: IsSvg): void {
  const adds = data.adds ?? []
  const parentOf = new Map<number, number>()
  for (const add of adds) parentOf.set(add.node.id, add.parentId)
  // rrweb lists added nodes flat and in no guaranteed order: a node added in this batch is masked when the chain of
  // parents added with it reaches a masked node.
  const memo = new Map<number, boolean>()
  const masked = (id: number, seen: Set<number> = new Set()): boolean => {
    const known = memo.get(id)
    if (known !== undefined) return known
    let result = isMasked(id)
    const parentId = parentOf.get(id)
    if (!result && parentId !== undefined && !seen.has(id)) result = masked(parentId, seen.add(id))
    memo.set(id, result)
    return result
  }
  for (const add of adds) scrubTree(add.node, masked(add.parentId), masked)
  for (const text of data.texts ?? []) {
    if (typeof text.value === 'string' && masked(text.id)) text.value = maskText(text.value)
  }
  for (const change of data.attributes ?? []) {
    if (masked(change.id)) scrubAttributes(change.attributes, isSvg(change.id))
  }
}

/**
 * Masks, in a copy of one rrweb event, everything rrweb's own masking can miss: every attribute of a masked element
 * that is not known safe (`maskedAttributeRule`), a `value` attribute left over after the live value was cleared,
 * option labels and selection, ticked boxes, text under a masked element. Covers full snapshots, mutations (adds, texts, attributes) and input events; other events carry
 * no field content and come back as they are. Runs in the page, so a masked value never reaches the socket.
 */
export function scrubEvent<T>(event: T, isMasked: IsMasked, isSvg: IsSvg = () => false): T {
  const loose = event as { type?: unknown; data?: { source?: unknown } }
  if (loose.type === EventType.FullSnapshot) {
    const copy = structuredClone(event) as { data: { node: SerializedNode } }
    scrubTree(copy.data.node, false, isMasked)
    return copy as T
  }
  if (loose.type !== EventType.IncrementalSnapshot) return event
  if (loose.data?.source === IncrementalSource.Mutation) {
    const copy = structuredClone(event) as { data: MutationData }
    scrubMutation(copy.data, isMasked, isSvg)
    return copy as T
  }
  if (loose.data?.source === IncrementalSource.Input) {
    const copy = structuredClone(event) as { data: { id: number; text?: unknown; isChecked?: boolean } }
    if (isMasked(copy.data.id)) {
      if (typeof copy.data.text === 'string') copy.data.text = maskValue(copy.data.text)
      copy.data.isChecked = false
    }
    return copy as T
  }
  return event
}
