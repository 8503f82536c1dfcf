// embed.js: the first and only script a page includes. Bundled as an IIFE, so nothing but window.CobrowseKit is
// defined; everything heavy arrives later as embed-ui.js.
import { findLoaderScript } from './findLoaderScript.js'
import { installCobrowseKit } from './installCobrowseKit.js'

try {
  installCobrowseKit(window, findLoaderScript(document))
} catch (error) {
  console.error('[CobrowseKit] internal_error: the embed could not start.', error)
}
