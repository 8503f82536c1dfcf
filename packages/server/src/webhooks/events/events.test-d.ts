import type * as v from 'valibot'
import { describe, expectTypeOf, it } from 'vitest'
import type { WebhookEventContext } from '../WebhookHandlerOptions.js'
import type {
  CobrowseSessionEndedEvent,
  CobrowseSessionEndedEventSchema,
  CobrowseSessionStartedEvent,
  CobrowseSessionStartedEventSchema,
  CobrowseSessionUserJoinedEvent,
  CobrowseSessionUserJoinedEventSchema,
  CobrowseSessionUserLeftEvent,
  CobrowseSessionUserLeftEventSchema,
} from './generated/cobrowseEvents.js'
import type { KnownWebhookEventName, WebhookEventBodies, webhookEventSchemas } from './generated/webhookEvents.js'
import type { WebhookEvent } from './WebhookEvent.js'

// Checked by the type checker; at run time these are no-ops.

/** A loose schema's output minus the `[key: string]: unknown` that looseness adds, at every depth. */
type Declared<T> = T extends readonly (infer Item)[]
  ? Declared<Item>[]
  : T extends object
    ? { [K in keyof T as string extends K ? never : K]: Declared<T[K]> }
    : T

type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false

describe('generated webhook event types', () => {
  it('gives each cobrowse schema exactly the output its interface declares', () => {
    type Out<S extends v.GenericSchema> = Declared<v.InferOutput<S>>
    expectTypeOf<Out<typeof CobrowseSessionStartedEventSchema>>().toEqualTypeOf<CobrowseSessionStartedEvent>()
    expectTypeOf<Out<typeof CobrowseSessionEndedEventSchema>>().toEqualTypeOf<CobrowseSessionEndedEvent>()
    expectTypeOf<Out<typeof CobrowseSessionUserJoinedEventSchema>>().toEqualTypeOf<CobrowseSessionUserJoinedEvent>()
    expectTypeOf<Out<typeof CobrowseSessionUserLeftEventSchema>>().toEqualTypeOf<CobrowseSessionUserLeftEvent>()
  })

  it('does so for all 40 events, Video SDK included', () => {
    type Schemas = typeof webhookEventSchemas
    type Mismatched = {
      [K in KnownWebhookEventName]: Same<Declared<v.InferOutput<Schemas[K]>>, WebhookEventBodies[K]> extends true
        ? never
        : K
    }[KnownWebhookEventName]
    expectTypeOf<Mismatched>().toBeNever()
  })

  it('tells required from optional fields as the spec does', () => {
    type Started = CobrowseSessionStartedEvent['payload']['object']
    expectTypeOf<Started['session_id']>().toEqualTypeOf<string>()
    expectTypeOf<{ session_id: string; start_time: string }>().toExtend<Started>()
    expectTypeOf<{ session_id: string }>().not.toExtend<Started>()
    expectTypeOf<CobrowseSessionUserLeftEvent['payload']['object']['leave_reason']>().toEqualTypeOf<
      | 'Left the session'
      | 'Got disconnected from the session'
      | 'The session end'
      | 'Network connection error'
      | 'Unknown reason'
      | undefined
    >()
  })

  it('narrows a delivered event on type', () => {
    const onEvent = (event: WebhookEvent, context: WebhookEventContext) => {
      expectTypeOf(context.duplicate).toEqualTypeOf<false>()
      if (event.type === 'cobrowse.session_user_joined') {
        expectTypeOf(event.body).toEqualTypeOf<CobrowseSessionUserJoinedEvent>()
        expectTypeOf(event.body.payload.object.role_type).toEqualTypeOf<'customer' | 'agent' | undefined>()
      } else if (event.type === 'session.user_joined') {
        expectTypeOf(event.body.event).toEqualTypeOf<'session.user_joined'>()
      } else if (event.type === 'unknown') {
        expectTypeOf(event.body).toBeUnknown()
        expectTypeOf(event.issues).toEqualTypeOf<readonly string[]>()
      }
      // @ts-expect-error not an event name
      if (event.type === 'cobrowse.session_paused') return
    }
    void onEvent
  })
})
