// The launcher's own stylesheet: the host hardening plus the subset of @cobrowse-kit/react's button rules it needs to
// look like <CobrowseButton /> before the full stylesheet arrives with the UI chunk. Private --_cbk-* names and their
// defaults match cobrowse.css, so the public --cbk-* variables theme both the same way. Kept terse: it is most of
// what a page pays before intent.
//
// Isolation: the page's rules on the host element lose to these !important ones (inside a shadow tree, important
// declarations win over the outer page's), and page selectors cannot reach into the shadow root at all. Only
// custom properties inherit through, which is exactly the documented theming surface.

const LIGHT =
  '--_cbk-accent:var(--cbk-color-accent,#0b57d0);--_cbk-accent-hover:var(--cbk-color-accent-hover,#0842a0);' +
  '--_cbk-on-accent:var(--cbk-color-on-accent,#fff);--_cbk-focus:var(--cbk-color-focus,#0b57d0);color-scheme:light'

const DARK =
  '--_cbk-accent:var(--cbk-color-accent,#8ab4f8);--_cbk-accent-hover:var(--cbk-color-accent-hover,#aecbfa);' +
  '--_cbk-on-accent:var(--cbk-color-on-accent,#0b1d3a);--_cbk-focus:var(--cbk-color-focus,#8ab4f8);color-scheme:dark'

const HOST =
  ':host{all:initial!important;position:fixed!important;z-index:2147483000!important;display:block!important;' +
  'font:16px system-ui,sans-serif!important}' +
  ':host([data-position$=right]){right:16px!important}:host([data-position$=left]){left:16px!important}' +
  ':host([data-position^=top]){top:16px!important}:host([data-position^=bottom]){bottom:16px!important}'

const LAYOUT =
  `.cbk-loader{display:flex;flex-direction:column;align-items:flex-end;${LIGHT}}` +
  ':host([data-position$=left]) .cbk-loader{align-items:flex-start}' +
  `@media (prefers-color-scheme:dark){.cbk-loader:not([data-cbk-theme=light]){${DARK}}}` +
  `.cbk-loader[data-cbk-theme=dark]{${DARK}}`

const BUTTON =
  '.cbk-cobrowse{display:inline-flex;font-family:var(--cbk-font-family,inherit);font-size:var(--cbk-font-size,1rem);' +
  'line-height:1.4}.cbk-cobrowse button{min-block-size:2.75rem;padding:calc(var(--cbk-space,.5rem)*1.25) ' +
  'calc(var(--cbk-space,.5rem)*2);border:1px solid var(--_cbk-accent);border-radius:var(--cbk-radius,.5rem);' +
  'background:var(--_cbk-accent);color:var(--_cbk-on-accent);font:inherit;font-weight:600;cursor:pointer}' +
  '[data-state=idle] button:hover{background:var(--_cbk-accent-hover);border-color:var(--_cbk-accent-hover)}' +
  '.cbk-cobrowse button:focus-visible{outline:3px solid var(--_cbk-focus);outline-offset:2px}' +
  '[data-state=loading] button{cursor:progress;opacity:.75}[data-state=unavailable] button{cursor:not-allowed;opacity:.6}'

/** The launcher's stylesheet, adopted into its shadow root. */
export const LAUNCHER_CSS = HOST + LAYOUT + BUTTON
