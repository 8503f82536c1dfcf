import { describe, expect, it } from 'vitest'
import {
  applyMark,
  expireVanishing,
  findMarkAt,
  lastMarkOf,
  type MarkBook,
  nextVanishAt,
  type StrokeMark,
  VANISHING_MARK_MS,
} from './markBook.js'

const stroke = (
  id: string,
  tool: StrokeMark['tool'] = 'pen',
  points: Array<[number, number]> = [[0, 0]],
): StrokeMark => ({
  kind: 'stroke',
  id,
  tool,
  color: '#e11d48',
  points,
})

const ids = (book: MarkBook) => book.map((shown) => shown.mark.id)

describe('applyMark', () => {
  it('adds strokes in order and replaces a stroke sent again with the same id', () => {
    let book: MarkBook = []
    book = applyMark(book, stroke('a'), 'agent', 0)
    book = applyMark(book, stroke('b'), 'customer', 1)
    book = applyMark(book, stroke('a', 'pen', [[9, 9]]), 'agent', 2)
    expect(ids(book)).toEqual(['b', 'a'])
    expect(book[1]?.mark.points).toEqual([[9, 9]])
  })

  it('erases a mark by id whoever drew it', () => {
    let book: MarkBook = []
    book = applyMark(book, stroke('a'), 'customer', 0)
    book = applyMark(book, stroke('b'), 'agent', 0)
    book = applyMark(book, { kind: 'erase', id: 'a' }, 'agent', 0)
    expect(ids(book)).toEqual(['b'])
  })

  it("undo removes the newest mark of the user who sent it, not someone else's", () => {
    let book: MarkBook = []
    book = applyMark(book, stroke('mine-1'), 'agent', 0)
    book = applyMark(book, stroke('mine-2'), 'agent', 1)
    book = applyMark(book, stroke('theirs'), 'customer', 2)
    book = applyMark(book, { kind: 'undo' }, 'agent', 3)
    expect(ids(book)).toEqual(['mine-1', 'theirs'])
    book = applyMark(book, { kind: 'undo' }, 'agent', 4)
    expect(ids(book)).toEqual(['theirs'])
  })

  it('undo with nothing of that user leaves the book as it is', () => {
    const book = applyMark([], stroke('theirs'), 'customer', 0)
    expect(applyMark(book, { kind: 'undo' }, 'agent', 1)).toBe(book)
  })

  it('clear removes every mark', () => {
    const book = applyMark(applyMark([], stroke('a'), 'agent', 0), stroke('b'), 'customer', 0)
    expect(applyMark(book, { kind: 'clear' }, 'customer', 1)).toEqual([])
  })
})

describe('lastMarkOf', () => {
  it('finds the newest mark of one user', () => {
    const book = applyMark(applyMark([], stroke('a'), 'agent', 0), stroke('b'), 'customer', 1)
    expect(lastMarkOf(book, 'agent')?.mark.id).toBe('a')
    expect(lastMarkOf(book, 'nobody')).toBeUndefined()
  })
})

describe('vanishing marks', () => {
  const book = [stroke('pen'), stroke('v1', 'vanishing-pen'), stroke('v2', 'vanishing-pen')].reduce<MarkBook>(
    (marks, mark, index) => applyMark(marks, mark, 'agent', index * 1000),
    [],
  )

  it('go once they have been shown for the vanishing time; other marks stay', () => {
    expect(ids(expireVanishing(book, 1000 + VANISHING_MARK_MS - 1))).toEqual(['pen', 'v1', 'v2'])
    expect(ids(expireVanishing(book, 1000 + VANISHING_MARK_MS))).toEqual(['pen', 'v2'])
    expect(ids(expireVanishing(book, 2000 + VANISHING_MARK_MS))).toEqual(['pen'])
  })

  it('returns the same book when nothing expired', () => {
    expect(expireVanishing(book, 0)).toBe(book)
  })

  it('reports when the next one is due', () => {
    expect(nextVanishAt(book)).toBe(1000 + VANISHING_MARK_MS)
    expect(nextVanishAt(expireVanishing(book, 10_000))).toBeUndefined()
  })
})

describe('findMarkAt', () => {
  const book = [
    stroke('line', 'pen', [
      [0, 0],
      [100, 0],
    ]),
    stroke('box', 'rectangle', [
      [0, -20],
      [200, 100],
    ]),
  ].reduce<MarkBook>((marks, mark) => applyMark(marks, mark, 'agent', 0), [])

  it('finds a pen stroke near its line', () => {
    expect(findMarkAt(book, [50, 4], 5)?.id).toBe('line')
  })

  it('finds a rectangle by its outline, not its inside', () => {
    expect(findMarkAt(book, [198, 50], 5)?.id).toBe('box')
    expect(findMarkAt(book, [150, 50], 5)).toBeUndefined()
  })

  it('prefers the topmost mark where two overlap', () => {
    const crossing = applyMark(book, stroke('top', 'pen', [[50, 0]]), 'customer', 1)
    expect(findMarkAt(crossing, [50, 1], 5)?.id).toBe('top')
  })
})
