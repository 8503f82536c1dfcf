/** localStorage key of the per-browser id the server uses for "one live session per browser and site" (1004). */
export const BROWSER_ID_KEY = 'zcb-emulator:browser-id'

function randomId(cryptoApi: Crypto | undefined): string {
  // `randomUUID` exists only in secure contexts; plain-HTTP test hosts other than localhost still get an id.
  if (typeof cryptoApi?.randomUUID === 'function') return cryptoApi.randomUUID()
  const bytes = new Uint8Array(16)
  if (cryptoApi !== undefined) cryptoApi.getRandomValues(bytes)
  else for (let i = 0; i < bytes.length; i += 1) bytes[i] = Math.floor(Math.random() * 256)
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
}

/** This browser's id, created and stored on first use. Without storage, an id for this page's lifetime. */
export function readBrowserId(win: Pick<Window, 'localStorage' | 'crypto'>): string {
  let storage: Storage | undefined
  try {
    storage = win.localStorage
    const existing = storage.getItem(BROWSER_ID_KEY)
    if (existing) return existing
  } catch {
    storage = undefined
  }
  const id = randomId(win.crypto)
  try {
    storage?.setItem(BROWSER_ID_KEY, id)
  } catch {
    // Blocked storage: the id lasts as long as the page.
  }
  return id
}
