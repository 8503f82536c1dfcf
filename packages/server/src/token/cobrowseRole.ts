/** `role_type` of a Zoom cobrowse token: 1 for the customer who shares a page, 2 for an agent who views it. */
export type CobrowseRole = 1 | 2

/**
 * The two `role_type` values by name, so host code reads `COBROWSE_ROLE.agent` instead of a bare `2`.
 *
 * @example
 * await signCobrowseToken({ sdkKey, sdkSecret, role: COBROWSE_ROLE.agent, userId: 'agent-7', userName: 'Ana' })
 */
export const COBROWSE_ROLE = { customer: 1, agent: 2 } as const satisfies Record<string, CobrowseRole>
