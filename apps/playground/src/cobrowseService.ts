import type { TokenEndpoint } from '@cobrowse-kit/core'
import { API_PATHS } from '../backend/apiPaths.js'

/**
 * Where the pages find the cobrowse service. The server passes only public values (the SDK key and an origin); every
 * secret stays in the server, which signs tokens at {@link TOKEN_ENDPOINT}.
 */
export const COBROWSE_SERVICE = {
  sdkKey: import.meta.env.VITE_COBROWSE_SDK_KEY || 'emulator-dev-key',
  /** Zoom's origin, or this page's own when the playground server mounts the emulator on its port. */
  origin: import.meta.env.VITE_COBROWSE_ORIGIN || window.location.origin,
  /** Whether the emulator serves the SDKs: its BYOP agent SDK only works against it. */
  emulated: !import.meta.env.VITE_COBROWSE_ORIGIN,
} as const

/**
 * The playground server's token endpoint (`createTokenHandler`). Same origin, so the browser sends the agent's
 * sign-in cookie with it: agent tokens are minted for signed-in agents only.
 */
export const TOKEN_ENDPOINT: TokenEndpoint = { url: API_PATHS.token }
