/**
 * Splits a comma-separated list (CSS selectors, attribute filters) at its top-level commas only: a comma inside
 * brackets (`:is(a, b)`, `[title="a,b"]`) or quotes belongs to its item. Items are trimmed; empty ones are dropped.
 */
export function splitSelectorList(list: string): string[] {
  const items: string[] = []
  let depth = 0
  let quote: string | null = null
  let current = ''
  for (let index = 0; index < list.length; index += 1) {
    const char = list.charAt(index)
    if (char === '\\') {
      // An escaped character never opens, closes or splits anything.
      current += char + list.charAt(index + 1)
      index += 1
      continue
    }
    if (quote !== null) {
      if (char === quote) quote = null
    } else if (char === '"' || char === "'") {
      quote = char
    } else if (char === '(' || char === '[') {
      depth += 1
    } else if ((char === ')' || char === ']') && depth > 0) {
      depth -= 1
    } else if (char === ',' && depth === 0) {
      items.push(current)
      current = ''
      continue
    }
    current += char
  }
  items.push(current)
  return items.map((item) => item.trim()).filter((item) => item !== '')
}
