import { EventType, IncrementalSource } from 'rrweb'

/** The customer's viewport as the mirrored events describe it: its size and the document's scroll position. */
export interface CustomerViewport {
  width: number
  height: number
  scrollX: number
  scrollY: number
  /** rrweb's id of the customer's document node, so its scroll events can be told from those of inner scrollers. */
  documentId: number | undefined
}

/** Before the first Meta and FullSnapshot events. */
export const UNKNOWN_VIEWPORT: CustomerViewport = { width: 0, height: 0, scrollX: 0, scrollY: 0, documentId: undefined }

type Fields = Record<string, unknown>

const isFields = (value: unknown): value is Fields => typeof value === 'object' && value !== null
const numberOr = (value: unknown, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) ? value : fallback

/**
 * Folds one mirrored rrweb event into the viewport: Meta and ViewportResize set the size, a FullSnapshot names the
 * document node and its initial scroll, Scroll events on that node move it. Other events leave it as it is.
 * Annotations need this to turn overlay points into document coordinates.
 *
 * @example
 * let viewport = UNKNOWN_VIEWPORT
 * for (const event of events) viewport = trackCustomerViewport(viewport, event)
 */
export function trackCustomerViewport(viewport: CustomerViewport, event: unknown): CustomerViewport {
  if (!isFields(event) || !isFields(event.data)) return viewport
  const { data } = event
  switch (event.type) {
    case EventType.Meta:
      return {
        ...viewport,
        width: numberOr(data.width, viewport.width),
        height: numberOr(data.height, viewport.height),
      }
    case EventType.FullSnapshot: {
      const node = isFields(data.node) ? data.node : {}
      const offset = isFields(data.initialOffset) ? data.initialOffset : {}
      return {
        ...viewport,
        documentId: typeof node.id === 'number' ? node.id : undefined,
        scrollX: numberOr(offset.left, 0),
        scrollY: numberOr(offset.top, 0),
      }
    }
    case EventType.IncrementalSnapshot:
      if (data.source === IncrementalSource.ViewportResize) {
        return {
          ...viewport,
          width: numberOr(data.width, viewport.width),
          height: numberOr(data.height, viewport.height),
        }
      }
      if (data.source === IncrementalSource.Scroll && data.id === viewport.documentId) {
        return { ...viewport, scrollX: numberOr(data.x, viewport.scrollX), scrollY: numberOr(data.y, viewport.scrollY) }
      }
      return viewport
    default:
      return viewport
  }
}
