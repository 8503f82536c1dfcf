import { CobrowseError } from '../errors/CobrowseError.js'

/** The typed error for one masking item: security configuration fails loudly, naming the item and what is wrong. */
export function maskingError(where: string, item: string, problem: string): CobrowseError {
  return new CobrowseError('invalid_masking', {
    message: `${where}: '${item}' ${problem}.`,
  })
}

/**
 * Splits a selector list at its top-level commas (a comma inside brackets, parentheses or quotes belongs to its
 * item). Throws a `CobrowseError` when a bracket, parenthesis or quote is left open or closes nothing: a browser would
 * close it at the end of the list, turning one typo into a selector that swallows the next items or matches the
 * whole page.
 */
export function splitSelectorList(list: string, where: string): string[] {
  const items: string[] = []
  const open: number[] = []
  let quote = -1
  let start = 0
  // The item a problem belongs to: from its start to the next comma after the offending character.
  const itemAt = (index: number) =>
    list
      .slice(start, list.indexOf(',', index) + 1 || undefined)
      .replace(/,$/, '')
      .trim()
  for (let index = 0; index < list.length; index += 1) {
    const char = list.charAt(index)
    if (char === '\\') index += 1
    else if (quote >= 0) quote = char === list.charAt(quote) ? -1 : quote
    else if (char === '"' || char === "'") quote = index
    else if (char === '(' || char === '[') open.push(index)
    else if (char === ')' || char === ']') {
      const opener = open.pop()
      if (opener === undefined || list.charAt(opener) !== (char === ')' ? '(' : '[')) {
        throw maskingError(where, itemAt(index), `has a '${char}' that closes nothing`)
      }
    } else if (char === ',' && open.length === 0) {
      items.push(list.slice(start, index))
      start = index + 1
    }
  }
  const unclosed = quote >= 0 ? quote : open[0]
  if (unclosed !== undefined) {
    const what = quote >= 0 ? 'quote' : `'${list.charAt(unclosed)}'`
    throw maskingError(where, itemAt(unclosed), `never closes its ${what}`)
  }
  items.push(list.slice(start))
  return items.map((item) => item.trim()).filter(Boolean)
}

/**
 * Checks one selector on its own: braces are refused everywhere (they would end the rule a selector is placed in), and
 * where a document exists its selector parser is the judge. Without one (server rendering) the parse waits for the
 * browser, where the session store checks again before the SDK starts.
 */
export function checkSelector(selector: string, where: string, doc: Document | undefined): string {
  if (/[{}]/.test(selector)) throw maskingError(where, selector, 'may not contain braces')
  try {
    doc?.createDocumentFragment().querySelector(selector)
  } catch {
    throw maskingError(where, selector, 'is not a CSS selector this browser can parse')
  }
  return selector
}
