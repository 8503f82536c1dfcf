/**
 * Entry of the BYOP viewer page script (bundled as an IIFE and served at `PATHS.viewerScript`). The page loads it
 * with `defer`, so the document is parsed by now.
 */
import { mountViewer } from './mountViewer.js'

mountViewer(window)
