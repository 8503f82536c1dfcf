import type { AnnotationMark } from '../../../protocol/messages.js'
import { distanceToPolyline, distanceToRectOutline, type Point, rectFromCorners } from './markGeometry.js'

/** A drawn mark (the `stroke` kind of the wire's `AnnotationMark`). */
export type StrokeMark = Extract<AnnotationMark, { kind: 'stroke' }>

/** A mark on the overlay: who drew it (their `userId`) and when it appeared here (for the vanishing pen). */
export interface ShownMark {
  mark: StrokeMark
  ownerId: string
  shownAt: number
}

/** Every mark on the overlay, oldest first (later marks are drawn on top). */
export type MarkBook = readonly ShownMark[]

/** How long a vanishing-pen mark stays before it is gone; the overlay fades it out over the same time. */
export const VANISHING_MARK_MS = 1500

/**
 * Applies one annotation message: a stroke is added (or replaces one with the same id), `erase` removes a mark by id
 * whoever drew it, `undo` removes the newest mark of `ownerId`, `clear` removes everything.
 *
 * @example
 * let book: MarkBook = []
 * book = applyMark(book, { kind: 'undo' }, 'agent-1', Date.now())
 */
export function applyMark(book: MarkBook, mark: AnnotationMark, ownerId: string, now: number): MarkBook {
  switch (mark.kind) {
    case 'stroke':
      return [...book.filter((shown) => shown.mark.id !== mark.id), { mark, ownerId, shownAt: now }]
    case 'erase':
      return book.filter((shown) => shown.mark.id !== mark.id)
    case 'undo': {
      const newest = lastMarkOf(book, ownerId)
      return newest ? book.filter((shown) => shown !== newest) : book
    }
    case 'clear':
      return []
  }
}

/** The newest mark `ownerId` drew that is still on the overlay, if any. */
export function lastMarkOf(book: MarkBook, ownerId: string): ShownMark | undefined {
  return book.findLast((shown) => shown.ownerId === ownerId)
}

/** Drops vanishing-pen marks shown at least `vanishMs` ago. Returns the same book when nothing expired. */
export function expireVanishing(book: MarkBook, now: number, vanishMs = VANISHING_MARK_MS): MarkBook {
  const kept = book.filter((shown) => shown.mark.tool !== 'vanishing-pen' || now - shown.shownAt < vanishMs)
  return kept.length === book.length ? book : kept
}

/** When the next vanishing-pen mark is due to go, or undefined when there is none. */
export function nextVanishAt(book: MarkBook, vanishMs = VANISHING_MARK_MS): number | undefined {
  let next: number | undefined
  for (const shown of book) {
    if (shown.mark.tool !== 'vanishing-pen') continue
    const due = shown.shownAt + vanishMs
    if (next === undefined || due < next) next = due
  }
  return next
}

/**
 * The topmost mark within `tolerance` of `point` (document coordinates): pen strokes by their line, rectangles by
 * their outline, so a click inside a large rectangle can still reach the strokes it frames.
 */
export function findMarkAt(book: MarkBook, point: Point, tolerance: number): StrokeMark | undefined {
  for (let index = book.length - 1; index >= 0; index--) {
    const { mark } = book[index] as ShownMark
    const distance =
      mark.tool === 'rectangle'
        ? distanceToRectOutline(point, rectFromCorners(mark.points))
        : distanceToPolyline(point, mark.points)
    if (distance <= tolerance) return mark
  }
  return undefined
}
