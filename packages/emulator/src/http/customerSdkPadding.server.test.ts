import { gzipSync } from 'node:zlib'
import { describe, expect, it, vi } from 'vitest'
import { EmulatorOptionsError } from '../config/EmulatorOptionsError.js'
import type { BundleName } from './bundles.js'
import { MAX_SDK_SCRIPT_BYTES, padCustomerSdk, padScript } from './customerSdkPadding.js'

const CODE = '(function(){window.ZoomCobrowseSDK={version:"é"}})();'

describe('padScript', () => {
  it.each([3_400_000, 100_000, 1_000, Buffer.byteLength(CODE) + 8, Buffer.byteLength(CODE) + 3])(
    'makes the script exactly %i bytes, the original first and still valid JavaScript',
    (bytes) => {
      const padded = padScript(CODE, bytes)
      expect(Buffer.byteLength(padded)).toBe(bytes)
      expect(padded.startsWith(CODE)).toBe(true)
      expect(() => new Function(padded)).not.toThrow()
    },
  )

  it('leaves a script that is already that long, or longer, as it is', () => {
    expect(padScript(CODE, Buffer.byteLength(CODE))).toBe(CODE)
    expect(padScript(CODE, 10)).toBe(CODE)
    expect(padScript(CODE, 0)).toBe(CODE)
  })

  it('pads with content gzip cannot shrink to nothing, so the bytes really go over the wire', () => {
    const padded = padScript(CODE, 1_000_000)
    // Base64 carries 6 bits per character: about 3/4 is the best any compressor can do with random input.
    expect(gzipSync(padded).length).toBeGreaterThan(700_000)
  })
})

describe('padCustomerSdk', () => {
  const fakeBundles = () => {
    const get = vi.fn(async (name: BundleName) => `/* bundle:${name} */`)
    return { get }
  }

  it('pads only the customer SDK, once, and passes the other bundles through', async () => {
    const inner = fakeBundles()
    const bundles = padCustomerSdk(inner, 50_000)
    const [first, second] = await Promise.all([bundles.get('customerSdk'), bundles.get('customerSdk')])
    expect(Buffer.byteLength(first)).toBe(50_000)
    expect(second).toBe(first)
    expect(await bundles.get('customerSdk')).toBe(first)
    expect(inner.get).toHaveBeenCalledTimes(1)
    expect(await bundles.get('agentSdk')).toBe('/* bundle:agentSdk */')
  })

  it('is the bundles themselves without a size', () => {
    const inner = fakeBundles()
    expect(padCustomerSdk(inner, undefined)).toBe(inner)
  })

  it('tries the build again after a failure', async () => {
    const inner = fakeBundles()
    inner.get.mockRejectedValueOnce(new Error('esbuild failed'))
    const bundles = padCustomerSdk(inner, 1_000)
    await expect(bundles.get('customerSdk')).rejects.toThrow('esbuild failed')
    expect(Buffer.byteLength(await bundles.get('customerSdk'))).toBe(1_000)
  })

  it.each([-1, 1.5, Number.NaN, MAX_SDK_SCRIPT_BYTES + 1, '3400000' as unknown as number])(
    'refuses %j with invalid_sdk_script_bytes and a hint',
    (bytes) => {
      const attempt = () => padCustomerSdk(fakeBundles(), bytes)
      expect(attempt).toThrow(EmulatorOptionsError)
      expect(attempt).toThrow(
        expect.objectContaining({ code: 'invalid_sdk_script_bytes', hint: expect.stringContaining('3400000') }),
      )
    },
  )
})
