import { describe, expect, it } from 'vitest'
import { collectDomStrings, domPathOf } from './collectDomStrings.js'

// The functions run inside the agent's page; jsdom's document (this project's environment) stands in for it.
function load(html: string): Document {
  document.documentElement.innerHTML = html
  return document
}

describe('collectDomStrings', () => {
  it('collects text, attribute values and live field values with element paths, in document order', () => {
    const document = load(
      '<html><body><form id="checkout"><label>Card <input name="card" placeholder="Card number"></label>' +
        '<textarea name="note"></textarea><select id="plan"><option value="gold">Gold</option></select></form>' +
        '<!-- a comment --></body></html>',
    )
    ;(document.querySelector('input') as HTMLInputElement).value = '4111'
    ;(document.querySelector('textarea') as HTMLTextAreaElement).value = 'note text'
    expect(collectDomStrings()).toEqual([
      { path: 'html > body > form#checkout', field: 'attribute', attribute: 'id', value: 'checkout' },
      { path: 'html > body > form#checkout > label', field: 'text', value: 'Card ' },
      {
        path: 'html > body > form#checkout > label > input[name="card"]',
        field: 'attribute',
        attribute: 'name',
        value: 'card',
      },
      {
        path: 'html > body > form#checkout > label > input[name="card"]',
        field: 'attribute',
        attribute: 'placeholder',
        value: 'Card number',
      },
      { path: 'html > body > form#checkout > label > input[name="card"]', field: 'value', value: '4111' },
      {
        path: 'html > body > form#checkout > textarea[name="note"]',
        field: 'attribute',
        attribute: 'name',
        value: 'note',
      },
      { path: 'html > body > form#checkout > textarea[name="note"]', field: 'value', value: 'note text' },
      { path: 'html > body > form#checkout > select#plan', field: 'attribute', attribute: 'id', value: 'plan' },
      { path: 'html > body > form#checkout > select#plan', field: 'value', value: 'gold' },
      {
        path: 'html > body > form#checkout > select#plan > option',
        field: 'attribute',
        attribute: 'value',
        value: 'gold',
      },
      { path: 'html > body > form#checkout > select#plan > option', field: 'text', value: 'Gold' },
      { path: 'html > body', field: 'text', value: ' a comment ' },
    ])
  })

  it('descends into open shadow roots and leaves iframes to their own frame', () => {
    const document = load(
      '<html><body><div id="host"></div><iframe id="pay" srcdoc="<p>inside</p>"></iframe></body></html>',
    )
    const shadow = (document.getElementById('host') as HTMLElement).attachShadow({ mode: 'open' })
    shadow.innerHTML = '<span>in the shadow</span>'
    const strings = collectDomStrings()
    expect(strings).toContainEqual({
      path: 'html > body > div#host > #shadow-root > span',
      field: 'text',
      value: 'in the shadow',
    })
    expect(strings.filter((string) => string.path.startsWith('html > body > iframe#pay'))).toEqual([
      { path: 'html > body > iframe#pay', field: 'attribute', attribute: 'id', value: 'pay' },
      { path: 'html > body > iframe#pay', field: 'attribute', attribute: 'srcdoc', value: '<p>inside</p>' },
    ])
  })
})

describe('domPathOf', () => {
  it('builds the same path as the collector, up through shadow roots', () => {
    const document = load(
      '<html><body><main><div data-testid="agent-view"><iframe></iframe></div></main><div id="host"></div></body></html>',
    )
    expect(domPathOf(document.querySelector('iframe') as Element)).toBe('html > body > main > div > iframe')
    const shadow = (document.getElementById('host') as HTMLElement).attachShadow({ mode: 'open' })
    shadow.innerHTML = '<input name="card">'
    expect(domPathOf(shadow.querySelector('input') as Element)).toBe(
      'html > body > div#host > #shadow-root > input[name="card"]',
    )
  })
})
