import { describe, expect, it } from 'vitest'
import { zoomDate, zoomDuration, zoomTime } from './zoomTime.js'

describe('Zoom time formats', () => {
  it('writes moments to the second in UTC and days as yyyy-mm-dd', () => {
    expect(zoomTime(new Date('2025-02-14T19:09:01.999Z'))).toBe('2025-02-14T19:09:01Z')
    expect(zoomDate(Date.parse('2025-02-14T23:59:59.999Z'))).toBe('2025-02-14')
  })

  it('counts durations between the shown seconds, past 99 hours, never negative', () => {
    const start = Date.parse('2025-02-14T19:09:01.900Z')
    expect(zoomDuration(start, Date.parse('2025-02-14T19:12:20.100Z'))).toBe('00:03:19')
    expect(zoomDuration(start, start + 100 * 3_600_000)).toBe('100:00:00')
    expect(zoomDuration(start, start - 5000)).toBe('00:00:00')
  })
})
