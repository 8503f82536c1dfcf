import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { CobrowseProvider } from '../CobrowseProvider.js'
import { CobrowseMessagesProvider } from '../messages/CobrowseMessagesProvider.js'
import { SessionStatus } from './SessionStatus.js'

describe('SessionStatus on the server', () => {
  it('renders the idle badge without a window', () => {
    expect(typeof window).toBe('undefined')
    const html = renderToString(
      <CobrowseMessagesProvider locale="es">
        <CobrowseProvider config={{ sdkKey: 'k', token: { url: '/api/cobrowse/token' } }}>
          <SessionStatus />
        </CobrowseProvider>
      </CobrowseMessagesProvider>,
    )
    expect(html).toContain('role="status"')
    expect(html).toContain('data-state="idle"')
    expect(html).toContain('Sin iniciar')
  })
})
