/**
 * A string the agent can see or the DOM holds, with the element it belongs to.
 *
 * @example
 * // { path: 'html > body > form#checkout > input[name="card"]', field: 'value', value: '****************' }
 */
export interface DomString {
  /** Element path, e.g. `html > body > form#checkout > input[name="card"]` (same rule as the frame scan's). */
  path: string
  field: 'text' | 'attribute' | 'value'
  attribute?: string
  value: string
}

/**
 * Every string of the document it runs in: text and comment data, attribute values, and the live `.value` of inputs,
 * textareas and selects (which the replay sets as a property, so no attribute shows it), descending into open
 * shadow roots. Iframes are skipped: each is a frame of its own, which the caller evaluates separately.
 *
 * Runs inside the page through `frame.evaluate(collectDomStrings)`, so it is serialized as source: it must use
 * nothing from outside its own body, not even a helper of this file, and it declares no inner named functions
 * (a bundler keeping names would wrap them in a helper the page does not have).
 *
 * @example
 * const strings = await frame.evaluate(collectDomStrings)
 */
export function collectDomStrings(): DomString[] {
  const strings: DomString[] = []
  const root = document.documentElement
  if (!root) return strings
  const pending: Array<{ node: Node; parentPath: string }> = [{ node: root, parentPath: '' }]
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { node, parentPath } = next
    if (node.nodeType === 3 || node.nodeType === 4 || node.nodeType === 8) {
      const data = (node as CharacterData).data
      if (data.trim() !== '') strings.push({ path: parentPath, field: 'text', value: data })
      continue
    }
    if (node.nodeType !== 1) continue
    const element = node as Element
    const id = element.getAttribute('id')
    const name = element.getAttribute('name')
    const segment = `${element.localName}${id ? `#${id}` : name ? `[name="${name}"]` : ''}`
    const path = parentPath ? `${parentPath} > ${segment}` : segment
    for (const attribute of Array.from(element.attributes)) {
      if (attribute.value !== '')
        strings.push({ path, field: 'attribute', attribute: attribute.name, value: attribute.value })
    }
    const tag = element.localName
    if (tag === 'input' || tag === 'textarea' || tag === 'select') {
      const value = (element as HTMLInputElement).value
      if (typeof value === 'string' && value !== '') strings.push({ path, field: 'value', value })
    }
    if (tag === 'iframe' || tag === 'frame') continue
    const children = Array.from(element.childNodes)
    const shadow = element.shadowRoot
    if (shadow) for (const child of Array.from(shadow.childNodes)) children.push(child)
    // Reversed onto a stack, so strings come out in document order.
    for (let index = children.length - 1; index >= 0; index--) {
      const child = children[index] as Node
      const inShadow = shadow !== null && child.parentNode === shadow
      pending.push({ node: child, parentPath: inShadow ? `${path} > #shadow-root` : path })
    }
  }
  return strings
}

/**
 * The element path of one element (the `<iframe>` of a nested frame), by the same rule as `collectDomStrings`, up
 * through shadow roots. Runs inside the page through `elementHandle.evaluate(domPathOf)`: self-contained, as above.
 *
 * @example
 * const where = await (await frame.frameElement()).evaluate(domPathOf) // 'html > body > div > iframe'
 */
export function domPathOf(element: Element): string {
  const segments: string[] = []
  let current: Node | null = element
  while (current) {
    if (current.nodeType === 1) {
      const el = current as Element
      const id = el.getAttribute('id')
      const name = el.getAttribute('name')
      segments.push(`${el.localName}${id ? `#${id}` : name ? `[name="${name}"]` : ''}`)
      current = el.parentNode
    } else if (current.nodeType === 11 && (current as ShadowRoot).host) {
      segments.push('#shadow-root')
      current = (current as ShadowRoot).host
    } else {
      current = current.parentNode
    }
  }
  return segments.reverse().join(' > ')
}
