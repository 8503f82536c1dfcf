import { describe, expect, it } from 'vitest'
import { REPLAY_BUFFER_SOFT_LIMIT, ReplayBuffer } from './replayBuffer.js'

const meta = (n: number) => ({ type: 4, n })
const snapshot = (n: number) => ({ type: 2, n })
const change = (n: number) => ({ type: 3, n })

describe('ReplayBuffer', () => {
  it('replays nothing until a full snapshot arrives', () => {
    const buffer = new ReplayBuffer()
    buffer.push(change(1))
    buffer.push(meta(2))
    expect(buffer.replayable).toBe(false)
    expect(buffer.replay()).toEqual([])
  })

  it('keeps the Meta just before a full snapshot, and everything after it', () => {
    const buffer = new ReplayBuffer()
    for (const event of [change(0), meta(1), snapshot(2), change(3)]) buffer.push(event)
    expect(buffer.replay()).toEqual([meta(1), snapshot(2), change(3)])
  })

  it('starts over at each full snapshot', () => {
    const buffer = new ReplayBuffer()
    for (const event of [meta(1), snapshot(2), change(3), meta(4), snapshot(5), change(6)]) buffer.push(event)
    expect(buffer.replay()).toEqual([meta(4), snapshot(5), change(6)])
  })

  it('does not borrow an older Meta for a snapshot that has none', () => {
    const buffer = new ReplayBuffer()
    for (const event of [meta(1), snapshot(2), change(3), snapshot(4)]) buffer.push(event)
    expect(buffer.replay()).toEqual([snapshot(4)])
  })

  it('asks once for a new snapshot when the replay passes the soft limit', () => {
    const buffer = new ReplayBuffer()
    buffer.push(snapshot(0))
    const signals = Array.from({ length: REPLAY_BUFFER_SOFT_LIMIT + 5 }, (_, i) => buffer.push(change(i)))
    expect(signals.filter((signal) => signal === 'request-snapshot')).toHaveLength(1)
    expect(signals.indexOf('request-snapshot')).toBe(REPLAY_BUFFER_SOFT_LIMIT - 1)
    buffer.push(snapshot(1))
    const again = Array.from({ length: REPLAY_BUFFER_SOFT_LIMIT }, (_, i) => buffer.push(change(i)))
    expect(again.filter((signal) => signal === 'request-snapshot')).toHaveLength(1)
  })

  it('forgets everything on clear', () => {
    const buffer = new ReplayBuffer()
    buffer.push(snapshot(0))
    buffer.clear()
    expect(buffer.replayable).toBe(false)
    expect(buffer.size).toBe(0)
  })
})
