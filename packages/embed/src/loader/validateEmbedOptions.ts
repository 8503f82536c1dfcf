import type { EmbedOptions } from '../shared/embedOptions.js'
import type { EmbedProblem } from './embedProblem.js'

/**
 * Checks what the embed cannot run without: an SDK key, a token source and, when given, an http(s) origin. Returns
 * every problem found (none when the options can mount a working widget). Deeper checks (is the token endpoint
 * reachable, is the JWT well formed) happen in core when a session starts, and show in the widget with a retry.
 */
export function validateEmbedOptions(options: Partial<EmbedOptions>): EmbedProblem[] {
  const problems: EmbedProblem[] = []
  if (typeof options.sdkKey !== 'string' || !options.sdkKey.trim()) {
    problems.push({
      code: 'missing_sdk_key',
      message: 'No SDK key.',
      hint: 'Set data-sdk-key or mount({ sdkKey }).',
    })
  }
  if (!options.token) {
    problems.push({
      code: 'missing_token',
      message: 'No token source.',
      hint: 'Set data-token-url or mount({ token }).',
    })
  }
  if (options.origin !== undefined && !/^https?:\/\/[^/]+\/?$/i.test(String(options.origin))) {
    problems.push({
      code: 'invalid_origin',
      message: `"${options.origin}" is not an http(s) origin.`,
      hint: 'Omit it for Zoom, or use e.g. http://localhost:4000.',
    })
  }
  return problems
}
