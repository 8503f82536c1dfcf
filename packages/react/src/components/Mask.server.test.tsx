import { renderToString } from 'react-dom/server'
import { describe, expect, it, vi } from 'vitest'
import { CobrowseProvider } from '../CobrowseProvider.js'
import { useMaskedPortalContainer } from '../hooks/useMaskedPortalContainer.js'
import { Mask } from './Mask.js'
import { MaskPreview } from './MaskPreview.js'

function PortalUser() {
  const container = useMaskedPortalContainer()
  return <p data-container={container === null ? 'none' : 'some'}>list</p>
}

describe('masking components on the server', () => {
  it('renders <Mask>, <MaskPreview> and a portal container user without a window', () => {
    expect(typeof window).toBe('undefined')
    const html = renderToString(
      <MaskPreview>
        <Mask as="span">4111</Mask>
        <PortalUser />
      </MaskPreview>,
    )
    expect(html).toContain('<span data-cobrowse-mask="">4111</span>')
    expect(html).toContain('data-container="none"')
    expect(html).toContain('What the agent sees')
  })

  it('renders a provider whose masking is invalid, reporting the item instead of crashing', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const html = renderToString(
      <CobrowseProvider config={{ sdkKey: 'k', token: 'a.b.c', masking: { selectors: ['.pii', '.broken['] } }}>
        <Mask>card</Mask>
      </CobrowseProvider>,
    )
    expect(html).toContain('card')
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("masking.selectors[1]: '.broken['"))
    warn.mockRestore()
  })
})
