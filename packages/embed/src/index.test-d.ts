import { expectTypeOf, it } from 'vitest'
import type { CobrowseKitApi, EmbedCommand } from './index.js'

it('types the pre-load snippet: function commands in full, tuples against the event map', () => {
  // biome-ignore lint/suspicious/noAssignInExpressions: the README's snippet, verbatim
  ;(window.CobrowseKit = window.CobrowseKit || []).push((kit) => {
    expectTypeOf(kit).toEqualTypeOf<CobrowseKitApi>()
    kit.on('pin', ({ pin }) => expectTypeOf(pin).toBeString())
  })
  // biome-ignore lint/suspicious/noAssignInExpressions: the README's snippet, verbatim
  ;(window.CobrowseKit = window.CobrowseKit || []).push(['on', 'pin', ({ pin }: { pin: string }) => pin])
  // @ts-expect-error: the pin event carries { pin }, not { code }
  window.CobrowseKit?.push(['on', 'pin', ({ code }: { code: string }) => code])
  expectTypeOf<['start']>().toMatchTypeOf<EmbedCommand>()
  expectTypeOf<['launch']>().not.toMatchTypeOf<EmbedCommand>()
})

it('types the API once loaded', () => {
  const kit = window.CobrowseKit
  if (!kit || Array.isArray(kit)) return
  const stop = kit.on('status', ({ status }) => expectTypeOf(status).toBeString())
  expectTypeOf(stop).toEqualTypeOf<() => void>()
  kit.mount({ sdkKey: 'key', token: { url: '/api/cobrowse/token' }, position: 'bottom-left' })
  // @ts-expect-error: not an event of the embed
  kit.on('pincode', () => {})
  // @ts-expect-error: not a position
  kit.mount({ position: 'middle' })
})
