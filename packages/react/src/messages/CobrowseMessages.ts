/**
 * Every user-visible string of the kit's components. Strings that carry a value are small functions, so each
 * language can place the value and handle plurals its own way.
 *
 * Override any of them with `<CobrowseMessagesProvider messages={{ … }}>`.
 */
import type { CobrowseError } from '@cobrowse-kit/core'

export interface CobrowseMessages {
  /** Label of the button that starts a session. */
  getHelp: string
  /** Button text while a session is being created. */
  starting: string
  /** Announced to screen readers while a session is being created. */
  startingAnnouncement: string
  /** Label in front of the PIN the customer reads out to the agent. */
  pinLabel: string
  /**
   * Announced when a PIN is issued. Components pass the PIN spelled out, characters separated by spaces
   * (`'1 2 3 4 5 6'`), so a screen reader reads it one character at a time.
   */
  pinAnnouncement: (spelledPin: string) => string
  /** Accessible name and text of the button that copies the PIN. */
  copyPin: string
  /** Shown and announced for a moment after the PIN was copied. */
  pinCopied: string
  /** Shown and announced when the browser refuses clipboard access. */
  copyFailed: string
  /** Shown while at least one agent can see the page. */
  agentConnected: string
  /** Announced when an agent connects. */
  agentConnectedAnnouncement: string
  /** Shown while the connection to the service is being restored. */
  reconnecting: string
  /** Shown after the session ended. */
  sessionEnded: string
  /** Announced when the session ends. */
  sessionEndedAnnouncement: string
  /** Label of the button that ends the session for everyone. */
  endSession: string
  /** Label of the button that retries after an error. */
  tryAgain: string
  /** Status badge: no session yet. */
  statusIdle: string
  /** Status badge: the SDK is loading. */
  statusLoading: string
  /** Status badge: the SDK is loaded, no session yet. */
  statusReady: string
  /** Status badge: a session is being created. */
  statusStarting: string
  /** Status badge: a PIN is shown and no agent has joined yet. */
  statusPin: string
  /** Status badge: agents are connected; receives how many. */
  statusActive: (agentCount: number) => string
  /** Status badge: the connection dropped and is being restored. */
  statusReconnecting: string
  /** Status badge: the session is over. */
  statusEnded: string
  /** Status badge: the session failed. */
  statusError: string
  /** Title of the dialog that asks the customer whether an agent may act on the page. */
  remoteAssistTitle: string
  /** Body of that dialog; receives the agent's name ('' when unknown). */
  remoteAssistQuestion: (agentName: string) => string
  /** Button that allows remote assist. */
  allow: string
  /** Button that refuses remote assist. */
  deny: string
  /** Persistent banner while a session is active. */
  agentCanSeePage: string
  /** Banner line while the agent may scroll the page. */
  agentCanScroll: string
  /** Banner button that stops remote assist. */
  stopScrolling: string
  /** Banner button that ends the session. */
  stopSharing: string
  /** Agent side: label of the PIN field. */
  customerPin: string
  /** Agent side: button that joins with the PIN. */
  join: string
  /** Agent side: button that leaves the session. */
  leave: string
  /** Agent side: status while joining. */
  agentJoining: string
  /** Agent side: status once joined. */
  agentJoined: string
  /** Agent side: status after leaving. */
  agentLeft: string
  /** Agent side: status after the customer's session ended. */
  agentSessionEnded: string
  /** Agent side: shown while the desk's token is fetched. */
  deskConnecting: string
  /** Agent side: accessible title of the desk iframe. */
  deskTitle: string
  /** What went wrong, for people. English uses the error's own message (Zoom's text or the kit's catalog). */
  errorMessage: (error: CobrowseError) => string
  /** What to do about it. English uses the error's own hint. */
  errorHint: (error: CobrowseError) => string
}
