// Generated from specs/cobrowse-webhooks.openapi.json by:
//   node --import tsx packages/server/scripts/generateWebhookEvents.ts
// Do not edit by hand: change the generator or the spec, then run it again.
// The specs say additionalProperties: false, yet the schemas are loose on purpose: a field Zoom adds must not turn
// real deliveries into failures. Formats (int64, date-time, email) are documented, not enforced: int64 is an
// integer number, date-time and email are strings.

import * as v from 'valibot'

/**
 * `cobrowse.session_ended`, a Cobrowse SDK webhook. The Session End event is triggered when someone ends the
 * session, or when all users have left the session.
 */
export interface CobrowseSessionEndedEvent {
  /** The name of the event. */
  event: 'cobrowse.session_ended'
  /**
   * Timestamp (in milliseconds since epoch) when the event occurred. The value of this field is returned in
   * long (int64) format.
   *
   * Format: `int64`.
   */
  event_ts: number
  payload: {
    /** The account ID. */
    account_id: string
    /** The session's information */
    object: {
      /** The Cobrowse session's ID. */
      session_id: string
      /** The Cobrowse session's pin code that can be used to join the session. */
      session_pin?: string
      /**
       * The ID of the user who ended the session. This is a unique ID assigned to the user joining a session
       * and is valid for only that session.
       */
      user_id?: string
      /** The user's display name. */
      user_name?: string
      /** The joining user's role type. */
      role_type?: 'customer' | 'agent'
      /**
       * The Cobrowse session's start time.
       *
       * Format: `date-time`.
       */
      start_time?: string
      /**
       * The Cobrowse session's end time.
       *
       * Format: `date-time`.
       */
      end_time: string
      /** The reason why the user left the session. */
      end_reason?: 'The session ended' | 'Network connection error' | 'Unknown reason'
    }
  }
}

/** Run-time schema of {@link CobrowseSessionEndedEvent}; loose, so keys Zoom adds later are kept. */
export const CobrowseSessionEndedEventSchema = v.looseObject({
  event: v.literal('cobrowse.session_ended'),
  event_ts: v.pipe(v.number(), v.integer()),
  payload: v.looseObject({
    account_id: v.string(),
    object: v.looseObject({
      session_id: v.string(),
      session_pin: v.exactOptional(v.string()),
      user_id: v.exactOptional(v.string()),
      user_name: v.exactOptional(v.string()),
      role_type: v.exactOptional(v.picklist(['customer', 'agent'])),
      start_time: v.exactOptional(v.string()),
      end_time: v.string(),
      end_reason: v.exactOptional(v.picklist(['The session ended', 'Network connection error', 'Unknown reason'])),
    }),
  }),
})

/**
 * `cobrowse.session_started`, a Cobrowse SDK webhook. The Session Start event is triggered when the first
 * user joins.
 */
export interface CobrowseSessionStartedEvent {
  /** The name of the event. */
  event: 'cobrowse.session_started'
  /**
   * Timestamp (in milliseconds since epoch) when the event occurred. The value of this field is returned in
   * long (int64) format.
   *
   * Format: `int64`.
   */
  event_ts: number
  payload: {
    /** The account ID. */
    account_id: string
    /** The session's information */
    object: {
      /** The Cobrowse session's ID. */
      session_id: string
      /** The URL the session started from. */
      start_url?: string
      /**
       * The ID of the user who started the session. This is a unique ID assigned to the user joining a
       * session and is valid for only that session.
       */
      user_id?: string
      /** The user's display name. */
      user_name?: string
      /** The joining user's role type. */
      role_type?: 'customer' | 'agent'
      /**
       * The session's start time.
       *
       * Format: `date-time`.
       */
      start_time: string
    }
  }
}

/** Run-time schema of {@link CobrowseSessionStartedEvent}; loose, so keys Zoom adds later are kept. */
export const CobrowseSessionStartedEventSchema = v.looseObject({
  event: v.literal('cobrowse.session_started'),
  event_ts: v.pipe(v.number(), v.integer()),
  payload: v.looseObject({
    account_id: v.string(),
    object: v.looseObject({
      session_id: v.string(),
      start_url: v.exactOptional(v.string()),
      user_id: v.exactOptional(v.string()),
      user_name: v.exactOptional(v.string()),
      role_type: v.exactOptional(v.picklist(['customer', 'agent'])),
      start_time: v.string(),
    }),
  }),
})

/**
 * `cobrowse.session_user_joined`, a Cobrowse SDK webhook. The Session User Joined event is triggered every
 * time a user joins a session.
 */
export interface CobrowseSessionUserJoinedEvent {
  /** The name of the event. */
  event: 'cobrowse.session_user_joined'
  /**
   * Timestamp (in milliseconds since epoch) when the event occurred. The value of this field is returned in
   * long (int64) format.
   *
   * Format: `int64`.
   */
  event_ts: number
  payload: {
    /** The account ID. */
    account_id: string
    /** The session's information. */
    object: {
      /** The Cobrowse session's ID. */
      session_id: string
      /** The connection's ID for each time the user joined the session. */
      user_connection_id: string
      /**
       * The user's ID. This is a unique ID assigned to the user joining a session and is valid for only that
       * session.
       */
      user_id: string
      /** The user's display name. */
      user_name?: string
      /** The joining user's role type. */
      role_type?: 'customer' | 'agent'
      /**
       * The time when the user joined the session.
       *
       * Format: `date-time`.
       */
      join_time: string
    }
  }
}

/** Run-time schema of {@link CobrowseSessionUserJoinedEvent}; loose, so keys Zoom adds later are kept. */
export const CobrowseSessionUserJoinedEventSchema = v.looseObject({
  event: v.literal('cobrowse.session_user_joined'),
  event_ts: v.pipe(v.number(), v.integer()),
  payload: v.looseObject({
    account_id: v.string(),
    object: v.looseObject({
      session_id: v.string(),
      user_connection_id: v.string(),
      user_id: v.string(),
      user_name: v.exactOptional(v.string()),
      role_type: v.exactOptional(v.picklist(['customer', 'agent'])),
      join_time: v.string(),
    }),
  }),
})

/**
 * `cobrowse.session_user_left`, a Cobrowse SDK webhook. The Session User Left event is triggered every time a
 * user leaves a session.
 */
export interface CobrowseSessionUserLeftEvent {
  /** The name of the event. */
  event: 'cobrowse.session_user_left'
  /**
   * Timestamp (in milliseconds since epoch) when the event occurred. The value of this field is returned in
   * long (int64) format.
   *
   * Format: `int64`.
   */
  event_ts: number
  payload: {
    /** The account ID. */
    account_id: string
    /** The session's information. */
    object: {
      /** The Cobrowse session's ID. */
      session_id: string
      /** The connection's ID for each time the user joined the session. */
      user_connection_id: string
      /**
       * The user's ID. This is a unique ID assigned to the user joining a session and is valid for only that
       * session.
       */
      user_id: string
      /** The user's display name. */
      user_name?: string
      /** The joining user's role type. */
      role_type?: 'customer' | 'agent'
      /**
       * The time when the user left the session.
       *
       * Format: `date-time`.
       */
      leave_time: string
      /**
       * The reason why the user left the session.
       *
       * @defaultValue "Left the session" (Zoom's value when absent)
       */
      leave_reason?:
        | 'Left the session'
        | 'Got disconnected from the session'
        | 'The session end'
        | 'Network connection error'
        | 'Unknown reason'
    }
  }
}

/** Run-time schema of {@link CobrowseSessionUserLeftEvent}; loose, so keys Zoom adds later are kept. */
export const CobrowseSessionUserLeftEventSchema = v.looseObject({
  event: v.literal('cobrowse.session_user_left'),
  event_ts: v.pipe(v.number(), v.integer()),
  payload: v.looseObject({
    account_id: v.string(),
    object: v.looseObject({
      session_id: v.string(),
      user_connection_id: v.string(),
      user_id: v.string(),
      user_name: v.exactOptional(v.string()),
      role_type: v.exactOptional(v.picklist(['customer', 'agent'])),
      leave_time: v.string(),
      leave_reason: v.exactOptional(
        v.picklist([
          'Left the session',
          'Got disconnected from the session',
          'The session end',
          'Network connection error',
          'Unknown reason',
        ]),
      ),
    }),
  }),
})

/** Every Cobrowse SDK webhook event name the spec defines. */
export const COBROWSE_WEBHOOK_EVENT_NAMES = [
  'cobrowse.session_ended',
  'cobrowse.session_started',
  'cobrowse.session_user_joined',
  'cobrowse.session_user_left',
] as const

/** A Cobrowse SDK webhook event name. */
export type CobrowseWebhookEventName = (typeof COBROWSE_WEBHOOK_EVENT_NAMES)[number]

/** The body type of each Cobrowse SDK webhook event, by name. */
export interface CobrowseWebhookEventBodies {
  'cobrowse.session_ended': CobrowseSessionEndedEvent
  'cobrowse.session_started': CobrowseSessionStartedEvent
  'cobrowse.session_user_joined': CobrowseSessionUserJoinedEvent
  'cobrowse.session_user_left': CobrowseSessionUserLeftEvent
}

/** The run-time schema of each Cobrowse SDK webhook event, by name. */
export const cobrowseEventSchemas = {
  'cobrowse.session_ended': CobrowseSessionEndedEventSchema,
  'cobrowse.session_started': CobrowseSessionStartedEventSchema,
  'cobrowse.session_user_joined': CobrowseSessionUserJoinedEventSchema,
  'cobrowse.session_user_left': CobrowseSessionUserLeftEventSchema,
} as const

/** A verified Cobrowse SDK webhook event whose body matched its schema; narrow on `type`. */
export type CobrowseWebhookEvent =
  | { type: 'cobrowse.session_ended'; body: CobrowseSessionEndedEvent }
  | { type: 'cobrowse.session_started'; body: CobrowseSessionStartedEvent }
  | { type: 'cobrowse.session_user_joined'; body: CobrowseSessionUserJoinedEvent }
  | { type: 'cobrowse.session_user_left'; body: CobrowseSessionUserLeftEvent }
