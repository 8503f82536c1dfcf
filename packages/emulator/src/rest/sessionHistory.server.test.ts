import { describe, expect, it } from 'vitest'
import type { Session } from '../sessions/session.js'
import { SessionHistory } from './sessionHistory.js'

function endedSession(id: string): Session {
  const startedAt = new Date('2025-01-01T00:00:00Z')
  const attendance = {
    connectionId: `c-${id}`,
    zoomUserId: `u-${id}`,
    user: { userId: 'x', userName: 'X' },
    role: 'customer' as const,
    joinedAt: startedAt,
    leftAt: new Date('2025-01-01T00:05:00Z'),
  }
  // Only the fields the history reads; a real Session also holds sockets and a replay buffer.
  return { id, pin: '123456', startedAt, endedAt: new Date('2025-01-01T00:05:00Z'), attendances: [attendance] } as never
}

describe('SessionHistory', () => {
  it('keeps ended sessions only, as copies, and drops the oldest past the limit', () => {
    const history = new SessionHistory(2)
    const first = endedSession('a')
    history.listener({ type: 'session-started', session: first, by: first.attendances[0] as never })
    expect(history.past()).toEqual([])
    for (const id of ['a', 'b', 'c'])
      history.listener({ type: 'session-ended', session: endedSession(id), reason: 'x' })
    expect(history.past().map((session) => session.id)).toEqual(['b', 'c'])
    expect(history.find('a')).toBeUndefined()
    const kept = history.find('c')
    expect(kept?.attendances[0]?.connectionId).toBe('c-c')
    expect(Object.isFrozen(kept?.attendances[0])).toBe(true)
    expect(kept).not.toHaveProperty('replay')
  })
})
