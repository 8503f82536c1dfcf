/**
 * The emulator origin the agent SDK talks to. `zoomHostName` wins when given (a full origin, or a bare host that
 * takes the page's scheme). Otherwise it is where this module was served from: the emulator itself when imported from
 * `PATHS.agentSdkModule`, the app's own origin when an app bundles `@cobrowse-kit/emulator/agent` (right when the app
 * server mounts the emulator, as the playground does; pass `zoomHostName` otherwise). A module URL that is not HTTP
 * falls back to the page's origin.
 *
 * @example
 * resolveServiceOrigin(undefined, 'http://localhost:4010/zcb/agent-sdk.js', 'https://app.test') // 'http://localhost:4010'
 * resolveServiceOrigin('localhost:4010', 'file:///x.js', 'http://app.test') // 'http://localhost:4010'
 */
export function resolveServiceOrigin(zoomHostName: string | undefined, moduleUrl: string, pageOrigin: string): string {
  const host = zoomHostName?.trim()
  if (host) {
    if (/^https?:\/\//i.test(host)) return new URL(host).origin
    return new URL(`${new URL(pageOrigin).protocol}//${host}`).origin
  }
  const moduleOrigin = originOf(moduleUrl)
  return moduleOrigin?.startsWith('http') ? moduleOrigin : pageOrigin
}

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin
  } catch {
    return undefined
  }
}
