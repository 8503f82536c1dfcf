import { showAssistBanner } from '../ui/assistBanner.js'
import { showConsentPrompt } from '../ui/consentPrompt.js'
import type { UiRoot } from '../ui/createUiRoot.js'
import type { RemoteAssistUi } from './createRemoteAssist.js'

/** Remote assist's UI in the page: the built-in prompt and banner, and real scrolling. */
export function pageRemoteAssistUi(win: Window, uiRoot: () => UiRoot): RemoteAssistUi {
  return {
    showConsent: (request, answer) => showConsentPrompt(uiRoot().panel, request, answer),
    showBanner: (type, stop) => showAssistBanner(uiRoot().panel, type, stop),
    scrollTo: (x, y) => win.scrollTo(x, y),
  }
}
