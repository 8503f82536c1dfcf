import type { LeakMatcher } from './createLeakMatcher.js'
import { describeRrwebEvent } from './describeRrwebEvent.js'
import { isRecord } from './isRecord.js'
import type { FrameDirection, FrameEventKind, FrameLeak, LeakMatch } from './leak.js'
import type { RrwebNodeMap } from './rrwebNodeMap.js'
import { childPath, type Spot, visitJson } from './visitJson.js'
import { rawMatchKind, updateNodes, visitEvent } from './visitRrwebEvent.js'

/**
 * One WebSocket frame as `watch()` recorded it.
 *
 * @example
 * const sentByCustomer = leakCheck.frames.filter((frame) => frame.page === 'customer' && frame.direction === 'sent')
 */
export interface CapturedFrame {
  /** The label given to `watch()`. */
  readonly page: string
  readonly direction: FrameDirection
  /** 1-based, per page, both directions together, in arrival order. */
  readonly index: number
  readonly socketUrl: string
  /** The payload as text (binary payloads decoded as UTF-8). */
  readonly payload: string
}

/** What every leak of one frame shares. */
interface FrameFacts {
  messageType?: string
  rrwebEvent?: string
}

/**
 * Finds secrets and patterns in one frame and says where. The frame is parsed as the emulator's protocol (`{ t, … }`,
 * rrweb events in `{ t: 'rrweb', event }`) and every string value is matched with its event kind and rrweb node;
 * then the raw text is matched for whole secrets and pieces the parse did not explain (inside a number or a key, or a
 * frame that is not JSON). `nodes` is the page's node map: snapshots and adds update it before their own strings are
 * matched, so the frames of one page must be scanned in order, each page with its own map.
 *
 * @example
 * const nodes = new RrwebNodeMap()
 * const leaks = customerFrames.flatMap((frame) => scanFrame(frame, nodes, matcher))
 */
export function scanFrame(frame: CapturedFrame, nodes: RrwebNodeMap, matcher: LeakMatcher): FrameLeak[] {
  let message: unknown
  try {
    message = JSON.parse(frame.payload)
  } catch {
    return matcher.inRaw(frame.payload).map((match) => toLeak(frame, {}, { kind: 'unparsed' }, match, nodes))
  }
  const record = isRecord(message) ? message : undefined
  const messageType = typeof record?.t === 'string' ? record.t : undefined
  const event = messageType === 'rrweb' && isRecord(record?.event) ? record.event : undefined
  const facts: FrameFacts = {
    ...(messageType === undefined ? {} : { messageType }),
    ...(event ? { rrwebEvent: describeRrwebEvent(event) } : {}),
  }

  const leaks: FrameLeak[] = []
  const visit = (value: string, spot: Spot) => {
    for (const match of matcher.inString(value)) leaks.push(toLeak(frame, facts, spot, match, nodes))
  }
  if (record && event) {
    updateNodes(event, nodes)
    for (const [key, value] of Object.entries(record)) {
      if (key === 'event') visitEvent(event, visit)
      else visitJson(value, { kind: 'protocol', jsonPath: childPath('$', key) }, visit)
    }
  } else {
    visitJson(message, { kind: 'protocol', jsonPath: '$' }, visit)
  }

  // Pattern matches are never raw, so only secrets decide what the parse already explained.
  const explained = new Set(leaks.filter((found) => found.match.by !== 'pattern').map((found) => found.match.of))
  for (const match of matcher.inRaw(frame.payload)) {
    if (explained.has(match.of)) continue
    const kind = event ? rawMatchKind(event, match.found) : 'protocol'
    leaks.push(toLeak(frame, facts, { kind }, match, nodes))
  }
  return leaks
}

function toLeak(
  frame: CapturedFrame,
  facts: FrameFacts,
  spot: Partial<Spot> & { kind: FrameEventKind },
  match: LeakMatch,
  nodes: RrwebNodeMap,
): FrameLeak {
  const path = spot.nodeId === undefined ? undefined : nodes.path(spot.nodeId)
  return {
    where: 'frame',
    page: frame.page,
    direction: frame.direction,
    frame: frame.index,
    socketUrl: frame.socketUrl,
    ...facts,
    kind: spot.kind,
    ...(path === undefined ? {} : { path }),
    ...(spot.nodeId === undefined ? {} : { nodeId: spot.nodeId }),
    ...(spot.attribute === undefined ? {} : { attribute: spot.attribute }),
    ...(spot.jsonPath === undefined ? {} : { jsonPath: spot.jsonPath }),
    match,
  }
}
