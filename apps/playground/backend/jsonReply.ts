/**
 * A JSON answer of the playground's API. `no-store`: activity and errors describe this moment only, and a cached
 * agent-only answer must not be served to anyone else.
 *
 * @example
 * return jsonReply(403, { code: 'agent_not_signed_in', message: '…', hint: '…' })
 */
export function jsonReply(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { 'cache-control': 'no-store', ...headers } })
}
