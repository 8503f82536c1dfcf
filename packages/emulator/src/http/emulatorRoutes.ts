import type { IncomingMessage, ServerResponse } from 'node:http'
import { FIDELITY } from '../config/fidelity.js'
import { REST_FIDELITY } from '../config/restFidelity.js'
import { PATHS } from '../protocol/paths.js'
import { REST_METHODS, type RestApi } from '../rest/createRestApi.js'
import type { SessionRegistry } from '../sessions/sessionRegistry.js'
import { serveAgentViewerPage, serveDeskPage } from './agentPages.js'
import type { BundleName, Bundles } from './bundles.js'
import { parseCustomerSdkPath } from './customerSdkPath.js'
import { serveDevToken } from './devTokenEndpoint.js'
import { loadReplayerCss } from './replayerCss.js'
import { OPEN_CORS, sendJavaScript, sendJson, sendResponse, sendText } from './sendResponse.js'

/** Everything the HTTP routes read: sessions, bundles, credentials, switches and the log. */
export interface HttpContext {
  registry: SessionRegistry
  bundles: Bundles<BundleName>
  sdkKey: string
  sdkSecret: string
  devTokenEndpoint: boolean
  /** Zoom's cobrowse REST API, served under `/v2/cobrowsesdk/`; without it those paths are not the emulator's. */
  restApi: RestApi
  log: (line: string) => void
}

/** One path the emulator answers. */
export interface Route {
  methods: readonly string[]
  /** Readable from any origin; also answers CORS preflights. */
  cors: boolean
  handle(req: IncomingMessage, res: ServerResponse, url: URL): void | Promise<void>
  /** Answers a method outside `methods` in the route's own format; default a plain-text 405. */
  rejectMethod?(res: ServerResponse, method: string): void
}

const READ = ['GET', 'HEAD'] as const

/** Finds the route for a path, or `undefined` when the path is not the emulator's. */
export function findRoute(pathname: string, context: HttpContext): Route | undefined {
  if (pathname.startsWith(PATHS.customerSdkPrefix)) return customerSdkRoute(context)
  const { restApi } = context
  if (pathname.startsWith(REST_FIDELITY.prefix)) {
    // No CORS, like api.zoom.us: REST calls carry the API secret's tokens and belong on a backend, not in a page.
    return { methods: REST_METHODS, cors: false, handle: restApi.handle, rejectMethod: restApi.rejectMethod }
  }
  switch (pathname) {
    case PATHS.agentSdkModule:
      return bundleRoute(context, 'agentSdk')
    case PATHS.deskScript:
      return bundleRoute(context, 'desk')
    case PATHS.viewerScript:
      return bundleRoute(context, 'viewer')
    case PATHS.replayerCss:
      return { methods: READ, cors: true, handle: serveReplayerCss }
    case PATHS.desk:
      return { methods: READ, cors: false, handle: (req, res, url) => serveDeskPage(req, res, url, context) }
    case PATHS.agentViewer:
      return { methods: READ, cors: false, handle: serveAgentViewerPage }
    case PATHS.recoveryStatus:
      return { methods: READ, cors: true, handle: (_req, res, url) => serveRecoveryStatus(res, url, context) }
    case PATHS.health:
      return {
        methods: READ,
        cors: true,
        handle: (_req, res) => sendJson(res, 200, { ok: true, sdkKey: context.sdkKey }, OPEN_CORS),
      }
    case PATHS.devToken:
      return context.devTokenEndpoint
        ? { methods: ['POST'], cors: true, handle: (req, res) => serveDevToken(req, res, context) }
        : undefined
    case PATHS.socket:
      return {
        methods: READ,
        cors: false,
        handle: (_req, res) => sendText(res, 426, 'Connect with a WebSocket', { Upgrade: 'websocket' }),
      }
    default:
      return undefined
  }
}

function customerSdkRoute(context: HttpContext): Route {
  return {
    methods: READ,
    cors: true,
    async handle(_req, res, url) {
      const path = parseCustomerSdkPath(url.pathname)
      if (!path || path.sdkKey !== context.sdkKey) {
        const what = path ? 'Unknown SDK key' : 'Not a customer SDK path (expected {SDK_KEY}/js or {SDK_KEY}/js/x.y.z)'
        sendJavaScript(res, FIDELITY.unknownKeyStatus, `/* ${what} */\n`, OPEN_CORS)
        return
      }
      sendJavaScript(res, 200, await context.bundles.get('customerSdk'), OPEN_CORS)
    },
  }
}

function bundleRoute(context: HttpContext, name: BundleName): Route {
  return {
    methods: READ,
    cors: true,
    handle: async (_req, res) => sendJavaScript(res, 200, await context.bundles.get(name), OPEN_CORS),
  }
}

async function serveReplayerCss(_req: IncomingMessage, res: ServerResponse) {
  sendResponse(res, 200, 'text/css; charset=utf-8', await loadReplayerCss(), OPEN_CORS)
}

function serveRecoveryStatus(res: ServerResponse, url: URL, context: HttpContext) {
  const sessionId = url.searchParams.get('sessionId') ?? ''
  const resumeKey = url.searchParams.get('resumeKey') ?? ''
  sendJson(res, 200, context.registry.recoveryStatus(sessionId, resumeKey), OPEN_CORS)
}
