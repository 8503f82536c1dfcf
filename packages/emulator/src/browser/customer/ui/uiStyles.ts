/**
 * Styles of the SDK's own UI, scoped by its shadow root: nothing here reaches the page, and `all: initial` on the
 * host stops the page's inherited styles (fonts, colours) from reaching in.
 */
export const UI_STYLES = `
:host { all: initial; }
.panel {
  position: fixed; right: 16px; bottom: 16px; z-index: 2147483647;
  display: flex; flex-direction: column; align-items: flex-end; gap: 8px;
  font: 14px/1.4 system-ui, -apple-system, 'Segoe UI', sans-serif; color: #1f2328;
}
.card {
  box-sizing: border-box; max-width: 320px; padding: 12px 14px; border-radius: 10px;
  background: #fff; border: 1px solid #d0d7de; box-shadow: 0 6px 24px rgba(0, 0, 0, 0.18);
}
.card p { margin: 0 0 10px; }
.actions { display: flex; gap: 8px; justify-content: flex-end; }
.banner { display: flex; align-items: center; gap: 12px; }
.banner p { margin: 0; }
button {
  font: inherit; padding: 5px 12px; border-radius: 6px; cursor: pointer;
  border: 1px solid #d0d7de; background: #f6f8fa; color: #1f2328;
}
button.primary { background: #0b5cff; border-color: #0b5cff; color: #fff; }
button[aria-pressed='true'] { background: #0b5cff; border-color: #0b5cff; color: #fff; }
button:focus-visible { outline: 2px solid #0b5cff; outline-offset: 2px; }
.overlay { position: absolute; top: 0; left: 0; width: 0; height: 0; overflow: visible; pointer-events: none; }
.overlay svg { position: absolute; overflow: visible; pointer-events: none; }
.canvas { position: fixed; inset: 0; z-index: 2147483646; cursor: crosshair; touch-action: none; }
.fading { transition: opacity 400ms ease-out; opacity: 0; }
`
