import type { WebSocket } from 'ws'
import { FIDELITY } from '../config/fidelity.js'
import type { ServerToCustomer } from '../protocol/messages.js'
import { relayCustomerAnnotation } from '../sessions/relayAnnotation.js'
import { relayRrweb } from '../sessions/relayRrweb.js'
import { answerRemoteAssist, stopRemoteAssist } from '../sessions/remoteAssist.js'
import type { Session } from '../sessions/session.js'
import { ERROR_CODE, type SessionError, sessionError } from '../sessions/sessionError.js'
import type { SessionResult } from '../sessions/sessionRegistry.js'
import type { ChannelContext } from './channelContext.js'
import { type ClientMessage, parseClientMessage } from './parseClientMessage.js'
import { readAnnotationMark } from './readAnnotationMark.js'
import { readStartRequest } from './readStartRequest.js'
import { createSocketPeer } from './socketPeer.js'

/** Serves one customer socket: `start` or `resume` first, then page events, remote-assist answers, marks, `end`. */
export function attachCustomer(socket: WebSocket, context: ChannelContext): void {
  const { registry, log } = context
  const peer = createSocketPeer<ServerToCustomer>(socket)
  let session: Session | undefined

  const refuse = (error: SessionError): void => {
    log(`customer refused: ${error.code} ${error.message}`)
    peer.send({ t: 'error', code: error.code, message: error.message })
    peer.close()
  }

  const open = (message: ClientMessage): SessionResult => {
    if (message.t === 'start') {
      const read = readStartRequest(message, context)
      return read.ok ? registry.start(peer, read.request) : read
    }
    const { sessionId, resumeKey, url } = message
    if (typeof sessionId !== 'string' || typeof resumeKey !== 'string') {
      return { ok: false, error: sessionError(ERROR_CODE.joinFailed, 'resume needs a sessionId and a resumeKey') }
    }
    return registry.resume(peer, { sessionId, resumeKey, url: typeof url === 'string' ? url : '' })
  }

  const handle = (message: ClientMessage): void => {
    switch (message.t) {
      case 'start':
      case 'resume': {
        if (session) {
          refuse(sessionError(ERROR_CODE.connectingInProgress, 'This tab already has a session'))
          break
        }
        const result = open(message)
        if (result.ok) session = result.session
        else refuse(result.error)
        break
      }
      case 'rrweb':
      case 'remote-assist':
      case 'annotation':
      case 'end':
        if (!session) refuse(sessionError(ERROR_CODE.joinFailed, 'Start or resume a session first'))
        // A tab that lost its session to another tab, or a session that just ended: late messages mean nothing.
        else if (!session.ended && session.customerPeer === peer) inSession(session, message)
        break
      default:
        log(`customer: ignored a message of unknown type ${JSON.stringify(message.t)}`)
    }
  }

  const inSession = (current: Session, message: ClientMessage): void => {
    if (message.t === 'rrweb') {
      if (typeof message.event === 'object' && message.event !== null) relayRrweb(current, message.event)
      else log('customer: ignored an rrweb message without an event object')
    } else if (message.t === 'remote-assist') {
      const { action } = message
      const handled =
        action === 'accept' || action === 'decline'
          ? answerRemoteAssist(current, action)
          : action === 'stop' && stopRemoteAssist(current, 'customer')
      if (!handled) log(`customer: ignored remote-assist ${JSON.stringify(action)} (nothing to answer or stop)`)
    } else if (message.t === 'annotation') {
      const mark = readAnnotationMark(message.mark)
      if (!mark || !relayCustomerAnnotation(current, mark)) {
        log('customer: dropped an annotation (malformed or not allowed)')
      }
    } else {
      registry.end(current, FIDELITY.endReasons.byCustomer, peer)
    }
  }

  socket.on('message', (data, isBinary) => {
    const message = parseClientMessage(data, isBinary)
    if (!message) {
      log('customer: ignored a malformed message')
      return
    }
    try {
      handle(message)
    } catch (error) {
      log(`customer: failed to handle ${message.t}: ${error instanceof Error ? error.message : String(error)}`)
    }
  })
  socket.on('close', () => {
    if (session) registry.customerDisconnected(session, peer)
  })
  socket.on('error', (error) => log(`customer socket error: ${error.message}`))
}
