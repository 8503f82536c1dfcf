/**
 * The placeholder the fake agent SDK renders where Zoom would put its viewer iframe. The data attributes let tests
 * find it (`[data-fake-agent-viewer]`) and check which PIN it shows (`data-pin`).
 *
 * @internal Used by `createFakeAgentSdk`; not part of the public API.
 */
export function createFakeAgentViewer(pin: string): HTMLElement {
  const viewer = document.createElement('div')
  viewer.setAttribute('data-fake-agent-viewer', '')
  viewer.dataset.pin = pin
  viewer.textContent = `Fake agent viewer for PIN ${pin}`
  return viewer
}
