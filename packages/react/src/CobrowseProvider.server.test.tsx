import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { CobrowseProvider } from './CobrowseProvider.js'
import { CobrowseButton } from './components/CobrowseButton.js'

describe('server rendering', () => {
  it('renders provider and button without a window', () => {
    expect(typeof window).toBe('undefined')
    const html = renderToString(
      <CobrowseProvider config={{ sdkKey: 'k', token: { url: '/api/cobrowse/token' } }}>
        <CobrowseButton />
      </CobrowseProvider>,
    )
    expect(html).toContain('data-state="idle"')
    expect(html).toContain('Get help')
  })
})
