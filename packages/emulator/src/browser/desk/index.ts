/**
 * Entry of the desk page script (bundled as an IIFE and served at `PATHS.deskScript`). The page loads it with
 * `defer`, so the document is parsed by now.
 */
import { mountDesk } from './mountDesk.js'

mountDesk(document, location)
