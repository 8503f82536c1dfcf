import type { AgentViewLeak, FrameEventKind, FrameLeak, Leak, LeakMatch } from './leak.js'

/**
 * What was scanned, for the report's first line.
 *
 * @example
 * const context: LeakReportContext = {
 *   frames: leakCheck.frames.length,
 *   pages: ['customer', 'agent'],
 *   agentViews: ['agent'],
 * }
 */
export interface LeakReportContext {
  /** Frames scanned, all watched pages together. */
  frames: number
  /** Labels of the watched pages. */
  pages: readonly string[]
  /** Labels of the agent pages whose DOM was scanned. */
  agentViews: readonly string[]
}

/** More than this many places and the report ends with a count: the first ones are what a developer fixes first. */
const MAX_PLACES = 25
const MAX_FRAME_NUMBERS = 6

const KIND_TEXT: Record<FrameEventKind, string> = {
  'full-snapshot': 'rrweb full snapshot',
  'mutation-add': 'rrweb mutation, node added',
  'mutation-text': 'rrweb mutation, text changed',
  'mutation-attribute': 'rrweb mutation, attribute changed',
  input: 'rrweb input event',
  'rrweb-other': 'rrweb event',
  protocol: 'protocol message',
  unparsed: 'frame that is not JSON',
}

/**
 * A multi-line report of leaks, one entry per place: the same value at the same spot in many frames (one input event
 * per keystroke) is one entry with its frame numbers, so the report stays short enough to read in a CI log.
 *
 * @example
 * const leaks = await leakCheck.findLeaks()
 * console.log(formatLeakReport(leaks, { frames: leakCheck.frames.length, pages: ['customer', 'agent'], agentViews: [] }))
 */
export function formatLeakReport(leaks: readonly Leak[], context: LeakReportContext): string {
  const scanned =
    `${context.frames} WebSocket frame${plural(context.frames)} of ${list(context.pages)}` +
    `; agent view${plural(context.agentViews.length)} ${list(context.agentViews)}`
  if (leaks.length === 0) return `No leaks found (scanned ${scanned}).`

  const places = new Map<string, Leak[]>()
  for (const leak of leaks) {
    const key = `${describeMatch(leak.match)}\u0000${describePlace(leak)}`
    places.set(key, [...(places.get(key) ?? []), leak])
  }
  const lines = [
    `Masked values reached the agent side: ${leaks.length} leak${plural(leaks.length)} in ${places.size} ` +
      `place${plural(places.size)} (scanned ${scanned}).`,
  ]
  let number = 0
  for (const group of places.values()) {
    number++
    if (number > MAX_PLACES) break
    const [first] = group as [Leak, ...Leak[]]
    const indent = ' '.repeat(`${number}. `.length)
    const at = first.where === 'frame' ? (first.jsonPath ?? 'raw frame text') : first.field
    lines.push(
      '',
      `${number}. ${describeMatch(first.match)}`,
      `${indent}${describePlace(first)}${frameNumbers(group)}`,
      `${indent}${at}: ${first.match.excerpt}`,
    )
  }
  if (places.size > MAX_PLACES) lines.push('', `… and ${places.size - MAX_PLACES} more places (see findLeaks()).`)
  lines.push(
    '',
    'Mask these fields in the customer page (the kit: masking selectors or <Mask>; Zoom: piiMask), then run again.',
  )
  return lines.join('\n')
}

function describeMatch(match: LeakMatch): string {
  if (match.by === 'secret') return `secret "${match.of}"`
  if (match.by === 'piece') return `"${match.found}", a ${match.found.length}-character piece of secret "${match.of}"`
  return `${match.of} "${match.found}"`
}

function describePlace(leak: Leak): string {
  return leak.where === 'frame' ? describeFrameLeak(leak) : describeViewLeak(leak)
}

function describeFrameLeak(leak: FrameLeak): string {
  const kind =
    leak.kind === 'rrweb-other'
      ? `rrweb ${leak.rrwebEvent ?? 'event'}`
      : leak.kind === 'protocol' && leak.messageType !== undefined
        ? `"${leak.messageType}" message`
        : KIND_TEXT[leak.kind]
  const node =
    leak.path !== undefined
      ? ` at ${leak.path}`
      : leak.nodeId !== undefined
        ? ` at node ${leak.nodeId} (no snapshot this page received describes it)`
        : ''
  const attribute = leak.attribute === undefined ? '' : `, attribute ${leak.attribute}`
  return `${leak.direction} by ${leak.page} (${leak.socketUrl}): ${kind}${node}${attribute}`
}

function describeViewLeak(leak: AgentViewLeak): string {
  const what =
    leak.field === 'value'
      ? 'value of'
      : leak.field === 'text'
        ? 'text in'
        : `attribute ${leak.attribute ?? '(unnamed)'} of`
  const frame = leak.frame === 'top' ? '' : ` (frame ${leak.frame})`
  return `in the agent view of ${leak.page}: ${what} ${leak.path}${frame}`
}

function frameNumbers(group: readonly Leak[]): string {
  const numbers = [...new Set(group.flatMap((leak) => (leak.where === 'frame' ? [leak.frame] : [])))]
  if (numbers.length === 0) return ''
  const shown = numbers.slice(0, MAX_FRAME_NUMBERS).join(', ')
  const more = numbers.length > MAX_FRAME_NUMBERS ? ` and ${numbers.length - MAX_FRAME_NUMBERS} more` : ''
  return `, frame${plural(numbers.length)} ${shown}${more}`
}

function list(labels: readonly string[]): string {
  return labels.length === 0 ? '(none)' : labels.join(', ')
}

function plural(count: number): string {
  return count === 1 ? '' : 's'
}
