/**
 * Every choice the emulator makes where Zoom's behaviour is unconfirmed, in one place so each can change in one line.
 * packages/emulator/README.md has the matching fidelity table (behaviour, source, confidence). Shared by the server
 * and the browser bundles: no Node or DOM imports here.
 */
export const FIDELITY = {
  /** Agents per session. Multi-agent is documented; the cap of 5 comes from secondary docs. [U] */
  maxAgents: 5,
  /** Zoom-generated PIN length. [C] */
  pinLength: 6,
  /** BYOP custom PIN: letters and digits, at most 10, upper-cased. [C] */
  customPinPattern: /^[A-Za-z0-9]{1,10}$/,
  /** `user_name` claim limit. [C] */
  maxUserNameLength: 80,
  /** JWT lifetime bounds, seconds. [C] */
  minTokenLifetimeS: 1800,
  maxTokenLifetimeS: 172_800,
  /** `pincode_updated` carries the PIN under both keys seen in Zoom's material (`pinCode`, `pincode`). [U] */
  pinPayloadKeys: ['pinCode', 'pincode'] as const,
  /** `remoteAssist.enableCustomerConsent` when the page does not say: ask the customer. [U] */
  defaultCustomerConsent: true,
  /** `multiTabSessionPersistence.stateCookieKey` default. [U: secondary docs] */
  defaultStateKey: '$$ZCB_SESSION$$',
  /** What replaces each masked character (inputs and text alike; rrweb's convention). [kit choice] */
  maskCharacter: '*',
  /** `getSessionInfo().sessionStatus` values. Only `session_recoverable` is documented. [U] */
  sessionStatus: {
    idle: 'idle',
    connecting: 'connecting',
    inSession: 'in_session',
    recoverable: 'session_recoverable',
    ended: 'ended',
  },
  /** `session_ended` reasons the emulator sends (payload shape unconfirmed). [U] */
  endReasons: {
    byCustomer: 'ended_by_customer',
    byAgent: 'ended_by_agent',
    notRecovered: 'recovery_timeout',
    agentWait: 'agent_wait_timeout',
    /** Told to the old tab when another tab of the same browser resumes a multi-tab session. [U] */
    movedToAnotherTab: 'moved_to_another_tab',
  },
  /** A script request for an unknown SDK key answers 404 with a JS comment, like a missing CDN object. [U] */
  unknownKeyStatus: 404,
} as const
