import type { WebSocket } from 'ws'
import { SDK_ROLE } from '../auth/sdkTokenClaims.js'
import { verifySdkToken } from '../auth/verifySdkToken.js'
import type { ServerToAgent } from '../protocol/messages.js'
import { LEAVE_REASON } from '../sessions/leaveReason.js'
import { relayAgentAnnotation } from '../sessions/relayAnnotation.js'
import { forwardScroll, requestRemoteAssist, stopRemoteAssist } from '../sessions/remoteAssist.js'
import type { Session } from '../sessions/session.js'
import { ERROR_CODE, type SessionError, sessionError } from '../sessions/sessionError.js'
import type { SessionResult } from '../sessions/sessionRegistry.js'
import type { ChannelContext } from './channelContext.js'
import { type ClientMessage, parseClientMessage } from './parseClientMessage.js'
import { readAnnotationMark } from './readAnnotationMark.js'
import { createSocketPeer } from './socketPeer.js'

/** Serves one agent socket: `join` first, then remote-assist requests, scrolls, marks and `leave`. */
export function attachAgent(socket: WebSocket, context: ChannelContext): void {
  const { registry, log } = context
  const peer = createSocketPeer<ServerToAgent>(socket)
  let session: Session | undefined

  const refuse = (error: SessionError): void => {
    log(`agent refused: ${error.code} ${error.message}`)
    peer.send({ t: 'error', code: error.code, message: error.message })
    peer.close()
  }

  const join = (message: ClientMessage): SessionResult => {
    const { sdkKey, sdkSecret } = context
    const verification = verifySdkToken(message.token, { sdkKey, sdkSecret, role: SDK_ROLE.agent })
    if (!verification.ok) {
      return { ok: false, error: sessionError(ERROR_CODE.tokenInvalid, `Invalid token: ${verification.reason}`) }
    }
    if (verification.unknownClaims.length > 0) {
      log(`warning: agent token has claims Zoom does not document (${verification.unknownClaims.join(', ')})`)
    }
    if (typeof message.pin !== 'string') return { ok: false, error: sessionError(ERROR_CODE.pinNotFound, 'No PIN') }
    const { user_id: userId, user_name: userName } = verification.claims
    return registry.join(peer, { userId, userName }, message.pin)
  }

  const inSession = (current: Session, message: ClientMessage): void => {
    if (message.t === 'leave') {
      registry.agentLeft(current, peer, LEAVE_REASON.left)
      peer.close()
    } else if (message.t === 'remote-assist') {
      if (message.action === 'request') requestRemoteAssist(current, peer)
      else if (message.action !== 'stop' || !stopRemoteAssist(current, 'agent')) {
        log(`agent: ignored remote-assist ${JSON.stringify(message.action)}`)
      }
    } else if (message.t === 'scroll') {
      const { x, y } = message
      const valid = typeof x === 'number' && Number.isFinite(x) && typeof y === 'number' && Number.isFinite(y)
      if (!valid || !forwardScroll(current, peer, x, y)) log('agent: dropped a scroll (malformed or remote assist off)')
    } else {
      const mark = readAnnotationMark(message.mark)
      if (!mark || !relayAgentAnnotation(current, peer, mark)) {
        log('agent: dropped an annotation (malformed or not allowed)')
      }
    }
  }

  const handle = (message: ClientMessage): void => {
    switch (message.t) {
      case 'join': {
        if (session) {
          refuse(sessionError(ERROR_CODE.connectingInProgress, 'This connection already joined'))
          break
        }
        const result = join(message)
        if (result.ok) session = result.session
        else refuse(result.error)
        break
      }
      case 'leave':
      case 'remote-assist':
      case 'scroll':
      case 'annotation':
        if (!session) refuse(sessionError(ERROR_CODE.joinFailed, 'Join a session first'))
        else if (!session.ended && session.agents.has(peer)) inSession(session, message)
        break
      default:
        log(`agent: ignored a message of unknown type ${JSON.stringify(message.t)}`)
    }
  }

  socket.on('message', (data, isBinary) => {
    const message = parseClientMessage(data, isBinary)
    if (!message) {
      log('agent: ignored a malformed message')
      return
    }
    try {
      handle(message)
    } catch (error) {
      log(`agent: failed to handle ${message.t}: ${error instanceof Error ? error.message : String(error)}`)
    }
  })
  socket.on('close', () => {
    if (session) registry.agentLeft(session, peer, LEAVE_REASON.disconnected)
  })
  socket.on('error', (error) => log(`agent socket error: ${error.message}`))
}
