import { describe, expect, it } from 'vitest'
import { DeliveryLog } from './deliveryLog.js'

const entry = (sessionId: string) => ({
  url: 'http://127.0.0.1/hook',
  event: 'cobrowse.session_started' as const,
  sessionId,
  body: '{}',
})

describe('DeliveryLog', () => {
  it('keeps the most recent records only', () => {
    const log = new DeliveryLog(2)
    for (const id of ['a', 'b', 'c']) log.add(entry(id))
    expect(log.list().map((record) => record.sessionId)).toEqual(['b', 'c'])
  })

  it('hands out snapshots that later attempts do not change', () => {
    const log = new DeliveryLog(5)
    const record = log.add(entry('a'))
    const before = log.list()
    record.attempts = 1
    record.outcome = 'delivered'
    expect(before[0]).toMatchObject({ attempts: 0, outcome: 'pending' })
    expect(log.list()[0]).toMatchObject({ attempts: 1, outcome: 'delivered' })
  })
})
