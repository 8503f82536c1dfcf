import type { EmbedUi } from '../shared/embedUi.js'
import { mountEmbedUi } from './mountEmbedUi.js'
import { preloadSdk } from './preloadSdk.js'

/**
 * The UI chunk (`embed-ui.js`), loaded by `embed.js` on intent. It defines no global of its own: it hands its
 * implementation to the loader through the one global, `window.CobrowseKit.__ui(embedUi)`.
 */
const embedUi: EmbedUi = {
  preload: preloadSdk,
  // Three arguments only: the test-only internals of mountEmbedUi stay out of the loader's reach.
  mount: (target, options, bridge) => mountEmbedUi(target, options, bridge),
}

const kit: unknown = Reflect.get(window, 'CobrowseKit')
const register: unknown = typeof kit === 'object' && kit !== null ? Reflect.get(kit, '__ui') : undefined
if (typeof register === 'function') {
  try {
    register.call(kit, embedUi)
  } catch (error) {
    console.error('[CobrowseKit] the loader refused the UI chunk:', error)
  }
} else {
  console.error(
    '[CobrowseKit] embed-ui.js ran without embed.js. Load embed.js (it loads embed-ui.js when the visitor asks for help).',
  )
}
