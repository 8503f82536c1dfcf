import { describe, expectTypeOf, it } from 'vitest'
import type { AgentSdk, AgentSession } from './agentSdk.js'
import type {
  AgentPresencePayload,
  CustomerEventMap,
  CustomerEventName,
  PincodeUpdatedPayload,
  SessionErrorPayload,
} from './customerEvents.js'
import type { CustomerInitResult, CustomerSdk, CustomerSession, SessionInfo } from './customerSession.js'
import type { CustomerInitSettings } from './customerSettings.js'

// These assertions are checked by the type checker (`tsc -p tsconfig.json` in CI); at run time they are no-ops.
declare const session: CustomerSession
declare const sdk: CustomerSdk
declare const agentSdk: AgentSdk
declare const agentSession: AgentSession

describe('SDK types', () => {
  it('types each customer event handler with its payload', () => {
    session.on('pincode_updated', (payload) => {
      expectTypeOf(payload).toEqualTypeOf<PincodeUpdatedPayload>()
      expectTypeOf(payload.pinCode).toEqualTypeOf<string | undefined>()
    })
    session.on('session_error', (payload) => {
      expectTypeOf(payload).toEqualTypeOf<SessionErrorPayload>()
      expectTypeOf(payload.code).toBeNumber()
    })
    session.on('agent_joined', (payload) => expectTypeOf(payload).toEqualTypeOf<AgentPresencePayload>())
    // @ts-expect-error an event Zoom does not have
    session.on('pin_changed', () => {})
    expectTypeOf<CustomerEventName>().toEqualTypeOf<keyof CustomerEventMap>()
  })

  it('types start, init and getSessionInfo', () => {
    session.start({ sdkToken: 'a.b.c', customPinCode: 'ABC123' })
    // @ts-expect-error sdkToken is required
    session.start({ customPinCode: 'ABC' })
    expectTypeOf(session.getSessionInfo).returns.toEqualTypeOf<SessionInfo | undefined>()
    sdk.init({ piiMask: { maskType: 'custom_input', maskCssSelectors: '.pii' } }, (result) => {
      expectTypeOf(result).toEqualTypeOf<CustomerInitResult>()
    })
    const settings: CustomerInitSettings = { remoteAssist: { enable: true, remoteAssistTypes: ['scroll_page'] } }
    expectTypeOf(settings.multiTabSessionPersistence).toEqualTypeOf<
      CustomerInitSettings['multiTabSessionPersistence']
    >()
    // @ts-expect-error a misspelt setting is caught
    sdk.init({ piiMasks: {} }, () => {})
  })

  it('types the agent SDK: init with an element or a selector, join with PIN and token', () => {
    agentSdk.init({ appKey: 'k', zoomAppRoot: '#viewer' }, ({ session: s }) =>
      expectTypeOf(s).toEqualTypeOf<AgentSession | undefined>(),
    )
    agentSession.join({ pinCode: 'ABC123', sdkToken: 'a.b.c' }, ({ success }) => expectTypeOf(success).toBeBoolean())
    // @ts-expect-error join needs the token as well
    agentSession.join({ pinCode: '123456' })
    agentSession.on('session_error', (payload) => expectTypeOf(payload.errorMsg).toEqualTypeOf<string | undefined>())
  })
})
