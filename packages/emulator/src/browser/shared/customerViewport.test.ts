import { EventType, IncrementalSource } from 'rrweb'
import { describe, expect, it } from 'vitest'
import { type CustomerViewport, trackCustomerViewport, UNKNOWN_VIEWPORT } from './customerViewport.js'

const meta = (width: number, height: number) => ({
  type: EventType.Meta,
  timestamp: 1,
  data: { href: 'x', width, height },
})
const fullSnapshot = (id: number, top: number, left = 0) => ({
  type: EventType.FullSnapshot,
  timestamp: 2,
  data: { node: { type: 0, childNodes: [], id }, initialOffset: { top, left } },
})
const incremental = (data: Record<string, unknown>) => ({ type: EventType.IncrementalSnapshot, timestamp: 3, data })

const fold = (events: unknown[]): CustomerViewport => events.reduce(trackCustomerViewport, UNKNOWN_VIEWPORT)

describe('trackCustomerViewport', () => {
  it('takes the size from Meta and the document and initial scroll from the FullSnapshot', () => {
    expect(fold([meta(1280, 720), fullSnapshot(1, 300, 10)])).toEqual({
      width: 1280,
      height: 720,
      scrollX: 10,
      scrollY: 300,
      documentId: 1,
    })
  })

  it('follows Scroll events of the document and ignores those of inner scrollers', () => {
    const viewport = fold([
      meta(1280, 720),
      fullSnapshot(1, 0),
      incremental({ source: IncrementalSource.Scroll, id: 1, x: 0, y: 450 }),
      incremental({ source: IncrementalSource.Scroll, id: 42, x: 0, y: 9999 }),
    ])
    expect(viewport).toMatchObject({ scrollX: 0, scrollY: 450 })
  })

  it('follows viewport resizes', () => {
    const viewport = fold([
      meta(1280, 720),
      incremental({ source: IncrementalSource.ViewportResize, width: 390, height: 844 }),
    ])
    expect(viewport).toMatchObject({ width: 390, height: 844 })
  })

  it('resets the scroll when a new full snapshot arrives', () => {
    const viewport = fold([
      fullSnapshot(1, 0),
      incremental({ source: IncrementalSource.Scroll, id: 1, x: 0, y: 800 }),
      fullSnapshot(1, 120),
    ])
    expect(viewport.scrollY).toBe(120)
  })

  it('returns the same object for events that change nothing or are malformed', () => {
    const viewport = fold([meta(800, 600), fullSnapshot(1, 0)])
    for (const event of [
      null,
      'text',
      { type: EventType.IncrementalSnapshot },
      incremental({ source: IncrementalSource.MouseMove, positions: [] }),
      { type: 99, data: {} },
    ]) {
      expect(trackCustomerViewport(viewport, event)).toBe(viewport)
    }
  })
})
