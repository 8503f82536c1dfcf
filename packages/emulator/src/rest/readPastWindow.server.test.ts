import { describe, expect, it } from 'vitest'
import { readPastWindow } from './readPastWindow.js'

const NOW = Date.parse('2025-06-15T12:00:00Z')
const read = (query: string) => readPastWindow(new URLSearchParams(query), NOW)

describe('readPastWindow', () => {
  it('defaults to the last 24 hours', () => {
    expect(read('')).toEqual({ ok: true, window: { from: NOW - 86_400_000, to: NOW } })
  })

  it('takes a date-only to as its whole day, and exact times as given', () => {
    expect(read('from=2025-06-01&to=2025-06-14')).toEqual({
      ok: true,
      window: { from: Date.parse('2025-06-01T00:00:00Z'), to: Date.parse('2025-06-14T23:59:59.999Z') },
    })
    expect(read('from=2025-06-01T08:00:00Z&to=2025-06-01T09:30:00Z')).toEqual({
      ok: true,
      window: { from: Date.parse('2025-06-01T08:00:00Z'), to: Date.parse('2025-06-01T09:30:00Z') },
    })
  })

  it('allows exactly one calendar month and refuses a day more', () => {
    expect(read('from=2025-05-15&to=2025-06-15').ok).toBe(true)
    expect(read('from=2025-05-15&to=2025-06-16').ok).toBe(false)
  })

  it('allows six months back from today and no further', () => {
    expect(read('from=2024-12-15&to=2024-12-20').ok).toBe(true)
    expect(read('from=2024-12-14&to=2024-12-20').ok).toBe(false)
  })

  it.each(['from=2025-02-29&to=2025-03-01', 'from=2025-06-01&to=2025-06-31', 'from=2025-6-1&to=2025-06-02'])(
    'refuses %s (not a real date in the documented format)',
    (query) => {
      expect(read(query).ok).toBe(false)
    },
  )
})
