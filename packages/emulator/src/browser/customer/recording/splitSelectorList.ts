/** The items of a selector list, and the pieces that could not stand as an item (unclosed or stray brackets/quotes). */
export interface SelectorListItems {
  items: string[]
  malformed: string[]
}

/** Whether every bracket, parenthesis and quote in `text` is closed, in order, and none closes what it did not open. */
function isBalanced(text: string): boolean {
  const open: string[] = []
  let quote = ''
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charAt(index)
    if (char === '\\') index += 1
    else if (quote !== '') quote = char === quote ? '' : quote
    else if (char === '"' || char === "'") quote = char
    else if (char === '(') open.push(')')
    else if (char === '[') open.push(']')
    else if ((char === ')' || char === ']') && open.pop() !== char) return false
  }
  return quote === '' && open.length === 0
}

/** `text` cut at every comma that is not escaped. */
function commaPieces(text: string): string[] {
  const pieces: string[] = []
  let start = 0
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charAt(index)
    if (char === '\\') index += 1
    else if (char === ',') {
      pieces.push(text.slice(start, index))
      start = index + 1
    }
  }
  pieces.push(text.slice(start))
  return pieces
}

/**
 * Splits a comma-separated list (CSS selectors, attribute filters) into items: a comma inside brackets
 * (`:is(a, b)`, `[title="a,b"]`) or quotes belongs to its item. A piece that never closes what it opens is given up
 * on by itself (`malformed`) and the list goes on after it, so one typo can neither swallow the items that follow
 * nor be closed by the end of the string into a selector that matches the whole page (`:not(.x` would). Items are
 * trimmed; empty ones are dropped.
 */
export function splitSelectorList(list: string): SelectorListItems {
  const pieces = commaPieces(list)
  const items: string[] = []
  const malformed: string[] = []
  let first = 0
  while (first < pieces.length) {
    let last = first
    let candidate = pieces[first] ?? ''
    while (!isBalanced(candidate) && last + 1 < pieces.length) {
      last += 1
      candidate += `,${pieces[last]}`
    }
    if (isBalanced(candidate)) {
      if (candidate.trim() !== '') items.push(candidate.trim())
      first = last + 1
    } else {
      if ((pieces[first] ?? '').trim() !== '') malformed.push((pieces[first] ?? '').trim())
      first += 1
    }
  }
  return { items, malformed }
}
