// Replaced by the build with package.json's version; absent when the source runs unbundled (tests).
declare const __COBROWSE_KIT_EMBED_VERSION__: string | undefined

/** The running version of `@cobrowse-kit/embed` (`0.0.0-source` when run from source). */
export const EMBED_VERSION: string =
  typeof __COBROWSE_KIT_EMBED_VERSION__ === 'string' ? __COBROWSE_KIT_EMBED_VERSION__ : '0.0.0-source'
