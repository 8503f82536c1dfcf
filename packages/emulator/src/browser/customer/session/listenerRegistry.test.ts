import { afterEach, describe, expect, it, vi } from 'vitest'
import { createListenerRegistry } from './listenerRegistry.js'

interface Events {
  ping: { n: number }
  pong: { n: number }
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('createListenerRegistry', () => {
  it('delivers an event to each handler of that name, in registration order', () => {
    const registry = createListenerRegistry<Events>()
    const calls: string[] = []
    registry.on('ping', (payload: { n: number }) => calls.push(`a${payload.n}`))
    registry.on('ping', (payload: { n: number }) => calls.push(`b${payload.n}`))
    registry.on('pong', () => calls.push('pong'))
    registry.emit('ping', { n: 1 })
    expect(calls).toEqual(['a1', 'b1'])
  })

  it('registers a function once per name and removes it with off', () => {
    const registry = createListenerRegistry<Events>()
    const handler = vi.fn()
    registry.on('ping', handler)
    registry.on('ping', handler)
    registry.emit('ping', { n: 1 })
    expect(handler).toHaveBeenCalledTimes(1)
    registry.off('ping', handler)
    registry.emit('ping', { n: 2 })
    expect(handler).toHaveBeenCalledTimes(1)
  })

  it('ignores handlers that are not functions and off for unknown names', () => {
    const registry = createListenerRegistry<Events>()
    registry.on('ping', 'not a function')
    registry.off('nothing', () => {})
    expect(() => registry.emit('ping', { n: 1 })).not.toThrow()
  })

  it('keeps delivering after a handler throws, and rethrows that error on a microtask', async () => {
    const registry = createListenerRegistry<Events>()
    const boom = new Error('handler failed')
    const rethrown = vi.fn()
    vi.spyOn(globalThis, 'queueMicrotask').mockImplementation((task) => {
      try {
        task()
      } catch (error) {
        rethrown(error)
      }
    })
    const after = vi.fn()
    registry.on('ping', () => {
      throw boom
    })
    registry.on('ping', after)
    expect(() => registry.emit('ping', { n: 1 })).not.toThrow()
    expect(after).toHaveBeenCalledWith({ n: 1 })
    expect(rethrown).toHaveBeenCalledWith(boom)
  })

  it('applies on/off made during delivery from the next event', () => {
    const registry = createListenerRegistry<Events>()
    const late = vi.fn()
    const removed = vi.fn()
    registry.on('ping', () => {
      registry.on('ping', late)
      registry.off('ping', removed)
    })
    registry.on('ping', removed)
    registry.emit('ping', { n: 1 })
    expect(late).not.toHaveBeenCalled()
    expect(removed).toHaveBeenCalledTimes(1)
    registry.emit('ping', { n: 2 })
    expect(late).toHaveBeenCalledTimes(1)
    expect(removed).toHaveBeenCalledTimes(1)
  })
})
