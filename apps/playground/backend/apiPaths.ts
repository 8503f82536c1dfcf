/** The playground's API routes: what a host app adds to its own server to use Cobrowse Kit. */
export const API_PATHS = {
  token: '/api/cobrowse/token',
  webhooks: '/api/cobrowse/webhooks',
  activity: '/api/cobrowse/activity',
} as const

/**
 * Whether a request target belongs to the playground's API.
 *
 * @example
 * isPlaygroundApiPath('/api/cobrowse/token?x=1') // true
 * isPlaygroundApiPath('/agent.html') // false
 */
export function isPlaygroundApiPath(target: string | undefined): boolean {
  const path = (target ?? '/').split('?')[0] ?? '/'
  return path === '/api/cobrowse' || path.startsWith('/api/cobrowse/')
}
