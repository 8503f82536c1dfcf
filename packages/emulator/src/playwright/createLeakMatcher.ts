import type { LeakMatch } from './leak.js'
import type { LeakPattern } from './leakPattern.js'
import { PlaywrightHelperError } from './PlaywrightHelperError.js'

/**
 * What to look for. At least one secret or pattern is required.
 *
 * @example
 * const targets: LeakTargets = {
 *   secrets: ['4111111111111111', 'my delivery note'],
 *   patterns: [cardNumberPattern],
 *   pieceLength: 6,
 * }
 */
export interface LeakTargets {
  /** Exact values that must never reach an agent, e.g. what the test types into masked fields. */
  readonly secrets?: readonly string[]
  /** Shapes of values that must never reach an agent; a bare RegExp is named after its source. */
  readonly patterns?: ReadonlyArray<RegExp | LeakPattern>
  /**
   * Also report any substring of this many characters of a secret (a value split across events, or partly
   * masked). At least 3; shorter pieces match ordinary text. Default: whole secrets only.
   */
  readonly pieceLength?: number
}

/**
 * Finds secrets, pieces of secrets and pattern matches in one string.
 *
 * @example
 * const matcher: LeakMatcher = createLeakMatcher({ secrets: ['4111111111111111'] })
 */
export interface LeakMatcher {
  /**
   * A string value (of a parsed frame or of the DOM): per secret at most one match (the whole secret, else its first
   * piece found), plus every distinct accepted pattern match.
   */
  inString(value: string): LeakMatch[]
  /** Raw frame text: secrets and pieces only, since raw JSON holds numbers (timestamps, ids) that patterns misread. */
  inRaw(text: string): LeakMatch[]
}

const EXCERPT_CONTEXT = 24

/**
 * Compiles what to look for once, so thousands of frames are scanned with the same pieces and regexes. Throws
 * `PlaywrightHelperError` (`invalid_options`) for targets that would find nothing or everything.
 *
 * @example
 * const matcher = createLeakMatcher({ secrets: ['4111111111111111'], pieceLength: 6 })
 * matcher.inString('card 411111******') // [{ by: 'piece', of: '4111111111111111', found: '411111', … }]
 */
export function createLeakMatcher(targets: LeakTargets): LeakMatcher {
  const secrets = [...new Set(targets.secrets ?? [])]
  const patterns = (targets.patterns ?? []).map(compilePattern)
  const { pieceLength } = targets
  if (secrets.some((secret) => secret.length === 0)) {
    throw invalid('an empty secret would match every string.', 'Remove the empty string from secrets.')
  }
  if (secrets.length === 0 && patterns.length === 0) {
    throw invalid('there is nothing to look for.', 'Give at least one secret or one pattern (e.g. cardNumberPattern).')
  }
  if (pieceLength !== undefined && !(Number.isInteger(pieceLength) && pieceLength >= 3)) {
    throw invalid(`pieceLength ${pieceLength} is not an integer of at least 3.`, 'Use 6, or leave it out.')
  }
  const pieces = new Map(secrets.map((secret) => [secret, piecesOf(secret, pieceLength)]))

  const secretMatches = (text: string): LeakMatch[] =>
    secrets.flatMap((secret): LeakMatch[] => {
      if (text.includes(secret)) return [matchAt(text, text.indexOf(secret), secret, 'secret', secret)]
      const piece = pieces.get(secret)?.find((candidate) => text.includes(candidate))
      return piece === undefined ? [] : [matchAt(text, text.indexOf(piece), piece, 'piece', secret)]
    })

  return {
    inRaw: secretMatches,
    inString(value) {
      const found = secretMatches(value)
      for (const pattern of patterns) {
        const seen = new Set<string>()
        for (const match of value.matchAll(pattern.regex)) {
          const text = match[0]
          if (text.length === 0 || seen.has(text) || (pattern.accept && !pattern.accept(text))) continue
          seen.add(text)
          found.push(matchAt(value, match.index, text, 'pattern', pattern.name))
        }
      }
      return found
    },
  }
}

function compilePattern(pattern: RegExp | LeakPattern): LeakPattern {
  const source = pattern instanceof RegExp ? { name: String(pattern), regex: pattern } : pattern
  // matchAll needs `g`; `y` would anchor every search at lastIndex and silently skip matches.
  const flags = `${source.regex.flags.replace(/[gy]/g, '')}g`
  return { ...source, regex: new RegExp(source.regex.source, flags) }
}

function piecesOf(secret: string, length: number | undefined): string[] {
  if (length === undefined || secret.length <= length) return []
  const out = new Set<string>()
  for (let start = 0; start + length <= secret.length; start++) out.add(secret.slice(start, start + length))
  return [...out]
}

function matchAt(text: string, index: number, found: string, by: LeakMatch['by'], of: string): LeakMatch {
  const start = Math.max(0, index - EXCERPT_CONTEXT)
  const end = Math.min(text.length, index + found.length + EXCERPT_CONTEXT)
  const excerpt = `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`
  return { by, of, found, excerpt }
}

function invalid(problem: string, hint: string): PlaywrightHelperError {
  return new PlaywrightHelperError('invalid_options', `createLeakCheck: ${problem}`, hint)
}
