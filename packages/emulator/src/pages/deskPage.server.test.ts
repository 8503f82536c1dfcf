import { describe, expect, it } from 'vitest'
import { renderDeskPage } from './deskPage.js'

const urls = { scriptUrl: '/zcb/desk.js', cssUrl: '/zcb/replayer.css' }

describe('renderDeskPage', () => {
  it('loads the desk script and the replayer stylesheet', () => {
    const html = renderDeskPage(urls)
    expect(html).toMatch(/^<!doctype html>/)
    expect(html).toContain('<script src="/zcb/desk.js" defer></script>')
    expect(html).toContain('<link rel="stylesheet" href="/zcb/replayer.css">')
  })

  it('has no inline script or inline event handler, so a strict CSP allows it', () => {
    const html = renderDeskPage({ ...urls, tokenError: { code: 124, message: 'Invalid token' } })
    const scripts = html.match(/<script\b[^>]*>/g) ?? []
    expect(scripts).toHaveLength(1)
    expect(scripts[0]).toMatch(/\ssrc="/)
    expect(html).toMatch(/<script [^>]*><\/script>/)
    expect(html).not.toMatch(/\son[a-z]+\s*=/i)
    expect(html).not.toMatch(/javascript:/i)
  })

  it('offers a status line for the script to write to', () => {
    expect(renderDeskPage(urls)).toMatch(/<p id="zcb-status"[^>]*role="status"[^>]*><\/p>/)
  })

  it('carries a token error as body data attributes and as visible text', () => {
    const html = renderDeskPage({ ...urls, tokenError: { code: 124, message: 'Invalid token' } })
    expect(html).toContain(
      '<body class="zcb-desk" data-token-error-code="124" data-token-error-message="Invalid token">',
    )
    expect(html).toContain('<p class="zcb-alert" role="alert">Invalid token (124)</p>')
  })

  it('has no token error attributes or alert when the token was accepted', () => {
    const html = renderDeskPage(urls)
    expect(html).not.toContain('data-token-error')
    expect(html).not.toContain('role="alert"')
  })

  it('escapes everything it interpolates', () => {
    const html = renderDeskPage({
      scriptUrl: '/x.js?a=1&b="><script>alert(1)</script>',
      cssUrl: "/y.css'><img src=x>",
      tokenError: { code: 124, message: '<b>bad</b> "token" & more' },
    })
    expect(html).not.toContain('<script>alert(1)')
    expect(html).not.toContain('<img')
    expect(html).not.toContain('<b>bad</b>')
    expect(html).toContain('src="/x.js?a=1&amp;b=&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"')
    expect(html).toContain('data-token-error-message="&lt;b&gt;bad&lt;/b&gt; &quot;token&quot; &amp; more"')
    expect(html).toContain('&lt;b&gt;bad&lt;/b&gt; &quot;token&quot; &amp; more (124)</p>')
  })

  it('never contains a token: the script reads it from the URL', () => {
    expect(renderDeskPage(urls)).not.toMatch(/access_token|eyJ/)
  })
})
