import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { CobrowseMessagesProvider } from '../messages/CobrowseMessagesProvider.js'
import { PinDisplay } from './PinDisplay.js'

describe('PinDisplay on the server', () => {
  it('renders a given PIN without a window or a provider', () => {
    expect(typeof window).toBe('undefined')
    const html = renderToString(<PinDisplay pin="ABCD1234" size="large" />)
    expect(html).toContain('class="cbk-pin cbk-pin--large"')
    expect(html).toContain('<span class="cbk-pin__group">ABCD</span><span class="cbk-pin__group">1234</span>')
    expect(html).toContain('A B C D 1 2 3 4')
    expect(html).toContain('Copy PIN')
  })

  it('renders the provider language', () => {
    const html = renderToString(
      <CobrowseMessagesProvider locale="es">
        <PinDisplay pin="123456" />
      </CobrowseMessagesProvider>,
    )
    expect(html).toContain('Copiar PIN')
  })
})
