import type { AnnotationMark, CustomerToServer, ServerToCustomer, UserInfo } from '../../../protocol/messages.js'
import type { EmitCustomerEvent } from './customerEvents.js'

/** How the session's parts (remote assist, annotations) talk to the server and to the page. */
export interface SessionLink {
  /** Sends on the current connection; dropped while there is none. */
  send(message: CustomerToServer): void
  emit: EmitCustomerEvent
}

/** The server messages remote assist handles. */
export type RemoteAssistMessage = Extract<
  ServerToCustomer,
  { t: 'remote-assist-request' | 'remote-assist-stopped' | 'scroll' }
>

/** Remote assist as the session core drives it. */
export interface RemoteAssistPart {
  handle(message: RemoteAssistMessage): void
  approve(): void
  decline(): void
  stop(): void
  /** The page shows its own consent UI and banner (kit extension): the SDK's own prompt and banner stay hidden. */
  setHostConsentUi(enabled: boolean): void
  /** The connection or the session is gone: close the prompt and banner, without events. */
  reset(): void
}

/** Annotations as the session core drives them. */
export interface AnnotationPart {
  /** The session is live; `self` is the customer, owner of the marks they draw. */
  activate(self: UserInfo): void
  handle(mark: AnnotationMark, by: UserInfo): void
  /** The session ended: every mark and the drawing tool go away. */
  deactivate(): void
}
