import { createAnnotationLayer } from './annotations/annotationLayer.js'
import { createAnnotations } from './annotations/createAnnotations.js'
import { showCustomerPen } from './annotations/customerPen.js'
import { checkRecovery } from './checkRecovery.js'
import { compileMaskSelector } from './recording/compileMaskSelector.js'
import { startRecording } from './recording/startRecording.js'
import { createRemoteAssist } from './remoteAssist/createRemoteAssist.js'
import { pageRemoteAssistUi } from './remoteAssist/remoteAssistUi.js'
import { sdkVersion } from './sdkVersion.js'
import { readBrowserId } from './session/browserId.js'
import { createCustomerSession } from './session/createCustomerSession.js'
import { browserStateEnvironment, createStateStore } from './session/createStateStore.js'
import type { CustomerSession } from './session/customerSession.js'
import { resolveSettings } from './settings/resolveSettings.js'
import type { OpenSocket } from './transport/customerSocket.js'
import { customerSocketUrl, webSocketOpener } from './transport/openWebSocket.js'
import { createUiRoot } from './ui/createUiRoot.js'

/** What `init` calls back with. */
export interface InitResult {
  success: boolean
  session?: CustomerSession
  error?: { code: number; errorMsg: string }
}

/** `window.ZoomCobrowseSDK` as the emulator defines it. */
export interface EmulatedCustomerSdk {
  readonly version: string
  init(settings: unknown, callback: (result: InitResult) => void): void
}

/** Where the SDK runs and how it reaches the emulator; tests replace the network parts. */
export interface CustomerSdkEnvironment {
  win: Window
  /** The emulator's origin (see `findServerOrigin`). */
  origin: string
  openSocket?: OpenSocket
  fetch?: typeof fetch
}

function isSupported(win: Window): boolean {
  const globals = win as unknown as Record<string, unknown>
  return typeof globals.WebSocket === 'function' && typeof globals.MutationObserver === 'function'
}

async function createSession(settings: unknown, env: CustomerSdkEnvironment): Promise<CustomerSession> {
  const { win, origin } = env
  const { features, piiMask, stateKey } = resolveSettings(settings)
  const mask = compileMaskSelector(piiMask)
  if (mask.rejected.length > 0) {
    console.warn(
      `[cobrowse emulator] piiMask items that are not valid CSS protect nothing: ${mask.rejected.join(' | ')}`,
    )
  }
  const store = createStateStore(stateKey, features.multiTabSessionPersistence, browserStateEnvironment(win))
  // Looked up when used: only a page with saved state asks, and a page without `fetch` then just cannot recover.
  const recovered = await checkRecovery(origin, store, env.fetch ?? ((input, options) => win.fetch(input, options)))
  const uiRoot = createUiRoot(win.document)
  const layer = createAnnotationLayer(uiRoot, win)
  let browserId: string | undefined
  const handle = createCustomerSession({
    features,
    openSocket: env.openSocket ?? webSocketOpener(customerSocketUrl(origin)),
    store,
    browserId: () => {
      browserId ??= readBrowserId(win)
      return browserId
    },
    page: () => ({ site: win.location.origin, url: win.location.href }),
    startRecording: (emit) => startRecording(mask, emit),
    remoteAssist: (link) => createRemoteAssist(features.remoteAssist, link, pageRemoteAssistUi(win, uiRoot)),
    annotations: (link) =>
      createAnnotations(features, link, layer, (onStroke) => showCustomerPen(uiRoot, win, onStroke)),
    recovered,
  })
  win.addEventListener('pagehide', () => handle.pageHidden())
  win.addEventListener('pageshow', (event) => {
    if (event.persisted) handle.pageShown()
  })
  return handle.session
}

/**
 * The emulated `ZoomCobrowseSDK`. `init` checks the browser, reads the settings, asks the emulator whether a saved
 * session can be resumed, and calls back asynchronously with the page's one session: later `init` calls get the same
 * session object (their settings are not applied again).
 */
export function createCustomerSdk(env: CustomerSdkEnvironment): EmulatedCustomerSdk {
  let session: Promise<CustomerSession> | undefined
  return {
    version: sdkVersion,
    init(settings, callback) {
      const reply = (result: InitResult) => {
        if (typeof callback === 'function') callback(result)
      }
      if (!isSupported(env.win)) {
        const errorMsg = 'This browser lacks WebSocket or MutationObserver, which cobrowsing needs.'
        queueMicrotask(() => reply({ success: false, error: { code: 1001, errorMsg } }))
        return
      }
      session ??= createSession(settings, env)
      session.then(
        (ready) => reply({ success: true, session: ready }),
        (error: unknown) => {
          session = undefined
          reply({ success: false, error: { code: 9999, errorMsg: `init failed: ${String(error)}` } })
        },
      )
    },
  }
}
