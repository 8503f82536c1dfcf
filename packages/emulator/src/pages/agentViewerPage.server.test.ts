import { describe, expect, it } from 'vitest'
import { renderAgentViewerPage } from './agentViewerPage.js'

describe('renderAgentViewerPage', () => {
  it('loads the viewer script and the replayer stylesheet', () => {
    const html = renderAgentViewerPage({ scriptUrl: '/zcb/viewer.js', cssUrl: '/zcb/replayer.css' })
    expect(html).toContain('<script src="/zcb/viewer.js" defer></script>')
    expect(html).toContain('<link rel="stylesheet" href="/zcb/replayer.css">')
    expect(html).toContain('<title>Cobrowse agent viewer</title>')
  })

  it('has only the external script and no inline handlers', () => {
    const html = renderAgentViewerPage({ scriptUrl: '/zcb/viewer.js', cssUrl: '/zcb/replayer.css' })
    expect(html.match(/<script\b[^>]*>/g)).toEqual(['<script src="/zcb/viewer.js" defer>'])
    expect(html).not.toMatch(/\son[a-z]+\s*=/i)
  })

  it('has one status line and no PIN form', () => {
    const html = renderAgentViewerPage({ scriptUrl: '/zcb/viewer.js', cssUrl: '/zcb/replayer.css' })
    expect(html.match(/role="status"/g)).toHaveLength(1)
    expect(html).not.toContain('<form')
  })

  it('escapes the URLs it is given', () => {
    const html = renderAgentViewerPage({ scriptUrl: '/v.js?"x"<y>', cssUrl: '/c.css?a&b' })
    expect(html).toContain('src="/v.js?&quot;x&quot;&lt;y&gt;"')
    expect(html).toContain('href="/c.css?a&amp;b"')
  })
})
