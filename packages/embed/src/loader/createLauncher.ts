import { adoptStyles } from '../shared/adoptStyles.js'
import type { EmbedOptions, EmbedPosition } from '../shared/embedOptions.js'
import { LAUNCHER_CSS } from './launcherCss.js'

/** The tag of the element the embed appends to `<body>`. Not a registered custom element: only a shadow host. */
export const HOST_TAG = 'cobrowse-kit-widget'

/** What the launcher shows: ready, loading the UI chunk after a click, or refusing because the configuration is bad. */
export type LauncherState = 'idle' | 'loading' | 'unavailable'

/** How the launcher looks and what its button says. */
export interface LauncherOptions {
  position: EmbedPosition
  label: string
  theme?: EmbedOptions['theme']
  colorScheme?: EmbedOptions['colorScheme']
  nonce?: string | undefined
}

/** What the launcher tells its owner: the visitor showed interest (preload) or asked for help (load and start). */
export interface LauncherHandlers {
  onIntent(): void
  onActivate(): void
}

/** The shadow-rooted "Get help" button the first script renders, and the container the UI chunk renders into. */
export interface Launcher {
  readonly root: ShadowRoot
  readonly container: HTMLElement
  /** Sets the state, with the default label back and `title` as the tooltip. */
  setState(state: LauncherState, title?: string): void
  /** Shows `text` instead of the label until the next state change, e.g. why nothing happened. */
  say(text: string): void
  /**
   * Takes the launcher out once the widget rendered in `container` has taken over (the widget has its own "Get help"),
   * keeping keyboard focus in the widget.
   */
  handOver(): void
  /** Mirrors a state onto the host's `data-state`, one stable hook for tests and the page's own scripts. */
  reflect(state: string): void
  remove(): void
}

/**
 * Appends the launcher to `document.body`: a host element with an open shadow root (open so end-to-end tests can
 * pierce it) holding the button and an empty container for the UI chunk. Listeners are attached with
 * addEventListener only, so a CSP without 'unsafe-inline' is fine.
 */
export function createLauncher(document: Document, options: LauncherOptions, handlers: LauncherHandlers): Launcher {
  const create = (tag: string, className: string) => {
    const node = document.createElement(tag)
    node.className = className
    return node
  }
  const host = document.createElement(HOST_TAG)
  // A plain attribute to find the host by, whatever the tag's name.
  host.setAttribute('data-cobrowse-kit', '')
  host.setAttribute('data-position', options.position)
  const root = host.attachShadow({ mode: 'open' })
  const removeStyles = adoptStyles(root, LAUNCHER_CSS, options.nonce)

  const wrapper = create('div', 'cbk-loader')
  if (options.colorScheme === 'light' || options.colorScheme === 'dark') {
    wrapper.setAttribute('data-cbk-theme', options.colorScheme)
  }
  for (const [name, value] of Object.entries(options.theme ?? {})) {
    // CSSOM writes are not inline style attributes, so style-src does not block them.
    if (name.startsWith('--cbk-')) wrapper.style.setProperty(name, value)
  }
  const launcher = create('div', 'cbk-cobrowse cbk-loader__launcher')
  const button = create('button', 'cbk-cobrowse__start') as HTMLButtonElement
  button.type = 'button'
  const container = create('div', 'cbk-loader__ui')
  launcher.append(button)
  wrapper.append(launcher, container)
  root.append(wrapper)

  for (const intent of ['pointerenter', 'focus', 'touchstart']) {
    button.addEventListener(intent, handlers.onIntent, { passive: true })
  }
  button.addEventListener('click', handlers.onActivate)

  const reflect = (state: string) => host.setAttribute('data-state', state)
  const flag = (name: string, on: boolean) => (on ? button.setAttribute(name, 'true') : button.removeAttribute(name))
  const setState = (state: LauncherState, title?: string) => {
    launcher.setAttribute('data-state', state)
    reflect(state)
    flag('aria-busy', state === 'loading')
    // aria-disabled rather than disabled: the button stays focusable and clickable, so it can explain itself.
    flag('aria-disabled', state === 'unavailable')
    button.textContent = options.label
    button.title = title ?? ''
  }
  setState('idle')
  document.body.append(host)

  return {
    root,
    container,
    setState,
    say: (text) => {
      button.textContent = text
    },
    handOver() {
      const hadFocus = root.activeElement === button
      launcher.remove()
      if (hadFocus) container.querySelector<HTMLElement>('button:not(:disabled)')?.focus()
    },
    reflect,
    remove() {
      removeStyles()
      host.remove()
    },
  }
}
