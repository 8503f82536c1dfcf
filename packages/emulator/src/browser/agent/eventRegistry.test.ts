import { describe, expect, it, vi } from 'vitest'
import { createEventRegistry } from './eventRegistry.js'

type Events = { ping: number; pong: string }

describe('createEventRegistry', () => {
  it('calls every handler of an event with the payload, and no others', () => {
    const events = createEventRegistry<Events>()
    const first = vi.fn()
    const second = vi.fn()
    const other = vi.fn()
    events.on('ping', first)
    events.on('ping', second)
    events.on('pong', other)
    events.emit('ping', 7)
    expect(first).toHaveBeenCalledExactlyOnceWith(7)
    expect(second).toHaveBeenCalledExactlyOnceWith(7)
    expect(other).not.toHaveBeenCalled()
  })

  it('stops calling a handler after off()', () => {
    const events = createEventRegistry<Events>()
    const handler = vi.fn()
    events.on('ping', handler)
    events.off('ping', handler)
    events.emit('ping', 1)
    expect(handler).not.toHaveBeenCalled()
  })

  it('keeps going after a handler throws, and reports the error', () => {
    const report = vi.spyOn(console, 'error').mockImplementation(() => {})
    const events = createEventRegistry<Events>()
    const after = vi.fn()
    events.on('ping', () => {
      throw new Error('boom')
    })
    events.on('ping', after)
    events.emit('ping', 1)
    expect(after).toHaveBeenCalledOnce()
    expect(report).toHaveBeenCalledOnce()
    report.mockRestore()
  })

  it('lets a handler remove itself without skipping the next one', () => {
    const events = createEventRegistry<Events>()
    const next = vi.fn()
    const once = () => events.off('ping', once)
    events.on('ping', once)
    events.on('ping', next)
    events.emit('ping', 1)
    expect(next).toHaveBeenCalledOnce()
  })
})
