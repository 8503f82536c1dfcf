/**
 * Which way a frame went, seen from the watched page.
 *
 * @example
 * const fromCustomer = leaks.filter((leak) => leak.where === 'frame' && leak.direction === 'sent')
 */
export type FrameDirection = 'sent' | 'received'

/**
 * What a frame carried where the value was found. The emulator's rrweb frames are told apart by event; any other
 * JSON message is `protocol` (its `t` is in `messageType`); a frame that is not JSON is `unparsed`.
 *
 * @example
 * const typed = leaks.filter((leak) => leak.where === 'frame' && leak.kind === 'input')
 */
export type FrameEventKind =
  | 'full-snapshot'
  | 'mutation-add'
  | 'mutation-text'
  | 'mutation-attribute'
  | 'input'
  | 'rrweb-other'
  | 'protocol'
  | 'unparsed'

/**
 * How a value matched.
 *
 * @example
 * const pieces = leaks.filter((leak) => leak.match.by === 'piece').map((leak) => leak.match.found)
 */
export interface LeakMatch {
  /** `secret`: a whole secret; `piece`: a substring of `pieceLength` of one; `pattern`: a pattern's match. */
  readonly by: 'secret' | 'piece' | 'pattern'
  /** The secret the match belongs to, or the pattern's name. */
  readonly of: string
  /** The text that matched. */
  readonly found: string
  /** The match with a little of the text around it, to recognise the spot. */
  readonly excerpt: string
}

/**
 * A value found in a WebSocket frame.
 *
 * @example
 * // { where: 'frame', page: 'customer', direction: 'sent', frame: 41, kind: 'input', messageType: 'rrweb',
 * //   path: 'html > body > form#checkout > input[name="card"]', jsonPath: '$.event.data.text', match: { … } }
 */
export interface FrameLeak {
  readonly where: 'frame'
  /** The label given to `watch()`. */
  readonly page: string
  readonly direction: FrameDirection
  /** 1-based position of the frame among the frames of that page, both directions together. */
  readonly frame: number
  readonly socketUrl: string
  /** The protocol message's `t` (e.g. `rrweb`, `start`, `joined`), when the frame is a JSON object with one. */
  readonly messageType?: string
  readonly kind: FrameEventKind
  /** For `rrweb-other`: which rrweb event it was, e.g. `Meta` or `IncrementalSnapshot/Scroll`. */
  readonly rrwebEvent?: string
  /** The rrweb node the event is about, e.g. `html > body > form#checkout > input[name="card"]`. */
  readonly path?: string
  /** rrweb's id of that node, also when no snapshot this page saw described it (then `path` is absent). */
  readonly nodeId?: number
  /** The attribute that held the value. */
  readonly attribute?: string
  /** Where in the parsed message, e.g. `$.event.data.text`; absent when only the raw frame text matched. */
  readonly jsonPath?: string
  readonly match: LeakMatch
}

/**
 * A value found in the DOM an agent page renders (the replay and any frame in it).
 *
 * @example
 * // { where: 'agent-view', page: 'agent', frame: 'html > body > main#zcb-app > section > div > div > iframe',
 * //   field: 'value', path: 'html > body > form#checkout > input[name="card"]', match: { … } }
 */
export interface AgentViewLeak {
  readonly where: 'agent-view'
  /** The label the agent page was watched with. */
  readonly page: string
  /** `top` for the agent page itself, else the path of each `<iframe>` element on the way, joined by ` >> `. */
  readonly frame: string
  /** A text (or comment) node's data, an attribute's value, or the live `.value` of an input, textarea or select. */
  readonly field: 'text' | 'attribute' | 'value'
  /** The element: for text, the element holding the text node. */
  readonly path: string
  readonly attribute?: string
  readonly match: LeakMatch
}

/**
 * One place a secret or a pattern was found.
 *
 * @example
 * for (const leak of await leakCheck.findLeaks()) {
 *   console.log(leak.where === 'frame' ? `${leak.page} ${leak.direction} ${leak.kind}` : `${leak.page} ${leak.field}`)
 * }
 */
export type Leak = FrameLeak | AgentViewLeak
