/**
 * Who a user was in a cobrowse session, as Zoom's REST API spells it. The JWT's `role_type` is a number (1, 2);
 * the REST API and webhooks use these strings.
 */
export type SessionRoleType = 'customer' | 'agent'

/** The cursor parameters every list endpoint of Zoom's Cobrowse REST API takes. */
export interface PageParams {
  /** Records per page, 30 to 300 (Zoom's default: 30). Checked before any request is sent. */
  page_size?: number
  /**
   * The `next_page_token` of the previous page. Zoom keeps it for 15 minutes; an older one is refused with code
   * 30101. An empty string means "first page", as if it were absent.
   */
  next_page_token?: string
}

/** The cursor fields of every page Zoom returns: an empty or missing `next_page_token` marks the last page. */
export interface PageCursor {
  page_size?: number
  next_page_token?: string
}
