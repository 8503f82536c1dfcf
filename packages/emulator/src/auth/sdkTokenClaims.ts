/** `role_type` of a Zoom SDK token: 1 for the customer who shares a page, 2 for an agent who views it. */
export type SdkRole = 1 | 2

/** The two `role_type` values by name. */
export const SDK_ROLE = { customer: 1, agent: 2 } as const satisfies Record<string, SdkRole>

/** The claims Zoom documents for cobrowse SDK tokens (snake_case, as on the wire). */
export interface SdkTokenClaims {
  app_key: string
  role_type: SdkRole
  /** Epoch seconds. */
  iat: number
  /** Epoch seconds. */
  exp: number
  user_id: string
  user_name: string
  /** `1` turns on "bring your own PIN"; `0` or absent leaves it off. */
  enable_byop?: number
}

/** Every claim name Zoom documents; anything else is reported as unknown. */
export const KNOWN_SDK_CLAIMS: ReadonlySet<string> = new Set([
  'app_key',
  'role_type',
  'iat',
  'exp',
  'user_id',
  'user_name',
  'enable_byop',
])
