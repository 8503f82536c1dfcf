import type { CobrowseMessages } from './CobrowseMessages.js'

/** The kit's English strings: the default everywhere, with or without a provider. */
export const en: CobrowseMessages = {
  getHelp: 'Get help',
  starting: 'Starting…',
  startingAnnouncement: 'Starting a support session…',
  pinLabel: 'Your PIN',
  pinAnnouncement: (spelledPin) => `Your support PIN is ${spelledPin}`,
  copyPin: 'Copy PIN',
  pinCopied: 'Copied',
  copyFailed: 'Select the PIN and copy it',
  agentConnected: 'An agent can see this page.',
  agentConnectedAnnouncement: 'An agent is connected and can see this page.',
  reconnecting: 'Reconnecting…',
  sessionEnded: 'Session ended.',
  sessionEndedAnnouncement: 'The support session has ended.',
  endSession: 'End session',
  tryAgain: 'Try again',
  statusIdle: 'Not started',
  statusLoading: 'Loading…',
  statusReady: 'Ready',
  statusStarting: 'Starting…',
  statusPin: 'Waiting for an agent',
  statusActive: (agentCount) => (agentCount === 1 ? '1 agent connected' : `${agentCount} agents connected`),
  statusReconnecting: 'Reconnecting…',
  statusEnded: 'Session ended',
  statusError: 'Something went wrong',
}
