import { describeAssist } from './consentPrompt.js'

/**
 * Shows the "Agent can scroll this page" banner with a Stop button in `panel`, for as long as remote assist runs.
 *
 * @returns a function that removes the banner.
 */
export function showAssistBanner(panel: HTMLElement, remoteAssistType: string, stop: () => void): () => void {
  const doc = panel.ownerDocument
  const banner = doc.createElement('div')
  banner.className = 'card banner'
  banner.setAttribute('role', 'status')
  const text = doc.createElement('p')
  text.textContent = `Agent can ${describeAssist(remoteAssistType)}`
  const button = doc.createElement('button')
  button.type = 'button'
  button.textContent = 'Stop'
  button.addEventListener('click', () => stop())
  banner.append(text, button)
  panel.append(banner)
  return () => banner.remove()
}
