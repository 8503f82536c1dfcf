import type { IncomingMessage, ServerResponse } from 'node:http'
import { signSdkToken } from '../auth/signSdkToken.js'
import { readJsonBody } from './readJsonBody.js'
import { OPEN_CORS, sendJson } from './sendResponse.js'
import { validateTokenRequest } from './validateTokenRequest.js'

/** The credentials dev tokens are signed with, and the log. */
export interface DevTokenContext {
  sdkKey: string
  sdkSecret: string
  log: (line: string) => void
}

/**
 * POST `{ role, userId?, userName?, expirationSeconds?, enableByop? }` → `{ token }`, answering like Zoom's auth
 * endpoint sample. Real Zoom has no such endpoint: it exists so pages can get tokens without a backend. Any origin
 * may call it because it only ever signs with the emulator's own (development) secret.
 */
export async function serveDevToken(req: IncomingMessage, res: ServerResponse, context: DevTokenContext) {
  const body = await readJsonBody(req)
  if (!body.ok) {
    sendJson(res, body.status, { errors: [{ property: 'body', reason: body.reason }] }, OPEN_CORS)
    return
  }
  const validation = validateTokenRequest(body.value)
  if (!validation.ok) {
    sendJson(res, 400, { errors: validation.errors }, OPEN_CORS)
    return
  }
  const { role, userId, userName, expirationSeconds, enableByop } = validation.request
  const token = signSdkToken({
    sdkKey: context.sdkKey,
    sdkSecret: context.sdkSecret,
    role,
    expirationSeconds,
    enableByop,
    ...(userId === undefined ? {} : { userId }),
    ...(userName === undefined ? {} : { userName }),
  })
  context.log(`dev token issued (role ${role}${enableByop ? ', BYOP' : ''})`)
  sendJson(res, 200, { token }, OPEN_CORS)
}
