/** The words for what an agent asks to do, by remote-assist type. */
export function describeAssist(remoteAssistType: string): string {
  return remoteAssistType === 'scroll_page' ? 'scroll this page' : 'control this page'
}

export interface ConsentRequest {
  agentName: string
  remoteAssistType: string
}

/**
 * Shows the remote-assist consent prompt ("Support agent Ana asks to scroll this page", Allow / Deny) in `panel`.
 * Focus is left where it is: a customer typing in a form must not approve by pressing Enter.
 *
 * @returns a function that removes the prompt.
 */
export function showConsentPrompt(
  panel: HTMLElement,
  request: ConsentRequest,
  answer: { allow(): void; deny(): void },
): () => void {
  const doc = panel.ownerDocument
  const dialog = doc.createElement('div')
  dialog.className = 'card'
  dialog.setAttribute('role', 'alertdialog')
  dialog.setAttribute('aria-modal', 'false')
  dialog.setAttribute('aria-label', 'Remote assist request')
  const text = doc.createElement('p')
  // textContent: the agent's name comes from a token and must never be parsed as markup.
  const who = request.agentName ? `Support agent ${request.agentName}` : 'A support agent'
  text.textContent = `${who} asks to ${describeAssist(request.remoteAssistType)}.`
  const actions = doc.createElement('div')
  actions.className = 'actions'
  const deny = doc.createElement('button')
  deny.type = 'button'
  deny.textContent = 'Deny'
  deny.addEventListener('click', () => answer.deny())
  const allow = doc.createElement('button')
  allow.type = 'button'
  allow.className = 'primary'
  allow.textContent = 'Allow'
  allow.addEventListener('click', () => answer.allow())
  actions.append(deny, allow)
  dialog.append(text, actions)
  panel.append(dialog)
  return () => dialog.remove()
}
