import type { AgentInitResult, AgentSdk } from './agentSdkTypes.js'
import { createAgentSession } from './createAgentSession.js'
import { resolveServiceOrigin } from './resolveServiceOrigin.js'

/** Reported as `sdkInfo.version`; marks the emulator so logs never mistake it for Zoom's SDK. */
export const AGENT_SDK_VERSION = '0.1.0-emulator'

// Zoom documents no init error codes; its catch-all UNDEFINED code is the honest one.
const INIT_ERROR_CODE = 9999

/**
 * Builds `ZoomCobrowseAgentSDK` for a module served from `moduleUrl` (its `import.meta.url`). `init` finds the root
 * element, settles the emulator's origin and calls back, after returning, with a session.
 *
 * @example
 * const sdk = createAgentSdk(import.meta.url)
 * sdk.init({ appKey, zoomAppRoot: '#viewer' }, ({ success, session }) => success && session?.join({ pinCode, sdkToken }))
 */
export function createAgentSdk(moduleUrl: string): AgentSdk {
  return {
    init(settings, callback) {
      const answer = (result: AgentInitResult): void => {
        setTimeout(() => callback(result), 0)
      }
      const fail = (errorMsg: string): void => answer({ success: false, error: { code: INIT_ERROR_CODE, errorMsg } })

      if (typeof settings?.appKey !== 'string' || !settings.appKey.trim()) return fail('appKey is required')
      const root = findRoot(settings.zoomAppRoot)
      if (typeof root === 'string') return fail(root)
      let origin: string
      try {
        origin = resolveServiceOrigin(settings.zoomHostName, moduleUrl, window.location.origin)
      } catch {
        return fail(`zoomHostName '${settings.zoomHostName}' is not a host name or origin`)
      }
      answer({
        success: true,
        sdkInfo: { version: AGENT_SDK_VERSION },
        session: createAgentSession({ origin, root, window }),
      })
    },
  }
}

/** The root element, or why there is none. */
function findRoot(zoomAppRoot: unknown): HTMLElement | string {
  if (typeof zoomAppRoot === 'string') {
    let found: Element | null
    try {
      found = document.querySelector(zoomAppRoot)
    } catch {
      return `zoomAppRoot '${zoomAppRoot}' is not a valid CSS selector`
    }
    return found instanceof HTMLElement ? found : `zoomAppRoot '${zoomAppRoot}' matches no element`
  }
  // An element from another realm (an iframe's document) is not an instance of this window's HTMLElement.
  const isElement = typeof zoomAppRoot === 'object' && zoomAppRoot !== null && (zoomAppRoot as Node).nodeType === 1
  return isElement ? (zoomAppRoot as HTMLElement) : 'zoomAppRoot must be an element or a CSS selector'
}
