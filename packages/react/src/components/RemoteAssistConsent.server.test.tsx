import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { CobrowseProvider } from '../CobrowseProvider.js'
import { Mask } from './Mask.js'
import { MaskPreview } from './MaskPreview.js'
import { RemoteAssistConsent } from './RemoteAssistConsent.js'

describe('customer components on the server', () => {
  it('render without a window: consent, Mask and MaskPreview', () => {
    expect(typeof window).toBe('undefined')
    const html = renderToString(
      <CobrowseProvider config={{ sdkKey: 'k', token: 'h.p.s' }}>
        <RemoteAssistConsent />
        <MaskPreview>
          <Mask>
            <input aria-label="Card" defaultValue="4111" />
          </Mask>
        </MaskPreview>
      </CobrowseProvider>,
    )
    expect(html).toContain('cbk-consent')
    expect(html).toContain('data-cobrowse-mask')
    expect(html).toContain('What the agent sees')
  })
})
