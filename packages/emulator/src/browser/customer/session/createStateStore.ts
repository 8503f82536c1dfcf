import { ownsState, parseSavedState, type StateEnvironment, type StateStore } from './savedState.js'

function sessionStorageStore(key: string, env: StateEnvironment): StateStore {
  const storage = env.sessionStorage
  const read = () => {
    try {
      return parseSavedState(storage?.getItem(key))
    } catch {
      return undefined
    }
  }
  return {
    read,
    write(state) {
      try {
        storage?.setItem(key, JSON.stringify(state))
      } catch {
        // Full or blocked storage only costs recovery after a refresh; the live session goes on.
      }
    },
    clear(owner) {
      try {
        if (ownsState(read(), owner)) storage?.removeItem(key)
      } catch {
        // As above.
      }
    },
  }
}

function cookieStore(key: string, env: StateEnvironment): StateStore {
  const name = encodeURIComponent(key)
  // Lax: sent on same-site navigations, which is all a multi-tab session needs. Secure on HTTPS pages.
  const attributes = `; path=/; SameSite=Lax${env.secure ? '; Secure' : ''}`
  const read = () => {
    const pair = env.cookies
      .get()
      .split(';')
      .map((part) => part.trim())
      .find((part) => part.startsWith(`${name}=`))
    if (pair === undefined) return undefined
    try {
      return parseSavedState(decodeURIComponent(pair.slice(name.length + 1)))
    } catch {
      return undefined
    }
  }
  return {
    read,
    write(state) {
      env.cookies.set(`${name}=${encodeURIComponent(JSON.stringify(state))}${attributes}`)
    },
    clear(owner) {
      if (ownsState(read(), owner)) env.cookies.set(`${name}=${attributes}; max-age=0`)
    },
  }
}

/**
 * The saved session state: in sessionStorage (this tab only; survives refresh and same-tab navigation) or, when
 * `multiTab` is on, in a cookie every tab of the site reads (a session cookie: it ends with the browser).
 */
export function createStateStore(key: string, multiTab: boolean, env: StateEnvironment): StateStore {
  return multiTab ? cookieStore(key, env) : sessionStorageStore(key, env)
}

/** The real browser environment of the stores. */
export function browserStateEnvironment(win: Window): StateEnvironment {
  let storage: StateEnvironment['sessionStorage']
  try {
    storage = win.sessionStorage
  } catch {
    storage = undefined
  }
  return {
    sessionStorage: storage,
    cookies: {
      get: () => win.document.cookie,
      set: (cookie) => {
        win.document.cookie = cookie
      },
    },
    secure: win.location.protocol === 'https:',
  }
}
