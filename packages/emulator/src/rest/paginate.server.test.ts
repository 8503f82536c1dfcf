import { describe, expect, it } from 'vitest'
import { paginate } from './paginate.js'

interface Row {
  at: number
  id: string
}
const keyOf = (row: Row) => [row.at, row.id] as const

describe('paginate', () => {
  it('continues after the last key, so rows added or removed in between neither repeat nor go missing', () => {
    const rows: Row[] = [1, 2, 3, 4, 5].map((at) => ({ at, id: `r${at}` }))
    const first = paginate(rows, { keyOf }, 2)
    expect(first.rows.map((row) => row.id)).toEqual(['r1', 'r2'])
    const changed = [{ at: 0, id: 'early' }, ...rows.filter((row) => row.id !== 'r1'), { at: 6, id: 'r6' }]
    const second = paginate(changed, { keyOf }, 2, first.next)
    expect(second.rows.map((row) => row.id)).toEqual(['r3', 'r4'])
    const third = paginate(changed, { keyOf }, 2, second.next)
    expect(third).toEqual({ rows: [rows[4], { at: 6, id: 'r6' }] })
  })

  it('orders newest first when descending, ties broken by id', () => {
    const rows: Row[] = [
      { at: 1, id: 'a' },
      { at: 2, id: 'b' },
      { at: 2, id: 'c' },
    ]
    const first = paginate(rows, { keyOf, descending: true }, 2)
    expect(first.rows.map((row) => row.id)).toEqual(['c', 'b'])
    expect(paginate(rows, { keyOf, descending: true }, 2, first.next)).toEqual({ rows: [rows[0]] })
  })

  it('has no next key when the page holds the rest exactly', () => {
    expect(paginate([{ at: 1, id: 'a' }], { keyOf }, 1)).toEqual({ rows: [{ at: 1, id: 'a' }] })
  })
})
