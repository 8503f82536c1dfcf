import { describe, expect, it } from 'vitest'
import { generatePin } from './generatePin.js'

describe('generatePin', () => {
  it('draws 6 digits', () => {
    for (let i = 0; i < 200; i++) expect(generatePin(() => false)).toMatch(/^\d{6}$/)
  })

  it('varies (a CSPRNG, not a counter)', () => {
    const pins = new Set(Array.from({ length: 50 }, () => generatePin(() => false)))
    expect(pins.size).toBeGreaterThan(45)
  })

  it('never returns a PIN that is taken', () => {
    const taken = new Set<string>()
    for (let i = 0; i < 500; i++) taken.add(generatePin((pin) => taken.has(pin)))
    expect(taken.size).toBe(500)
  })

  it('gives up instead of looping forever when every PIN is taken', () => {
    expect(() => generatePin(() => true)).toThrow(/No free PIN/)
  })
})
