import type { CobrowseError } from '../errors/CobrowseError.js'

/** The agent's side of a BYOP session, as a union on `status`. */
export type AgentSessionState =
  | { readonly status: 'idle' }
  | { readonly status: 'joining'; readonly pin: string }
  | { readonly status: 'joined'; readonly pin: string }
  | { readonly status: 'left'; readonly pin: string }
  | { readonly status: 'ended'; readonly pin: string; readonly reason?: string }
  | { readonly status: 'error'; readonly error: CobrowseError; readonly pin?: string }

export type AgentSessionStatus = AgentSessionState['status']
