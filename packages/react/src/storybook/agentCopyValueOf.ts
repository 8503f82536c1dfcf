/**
 * The value the agent's side of a `<MaskPreview>` shows for the field named `name`. The copy is hidden from
 * assistive technology (it repeats the customer's side), so role queries do not reach it: it is read by its test id.
 */
export function agentCopyValueOf(canvasElement: HTMLElement, name: string): string {
  const copy = canvasElement.querySelector('[data-testid="mask-preview-agent"]')
  const field = copy?.querySelector<HTMLInputElement>(`[name="${name}"]`)
  if (!field) throw new Error(`The agent's side of the preview has no field named "${name}".`)
  return field.value
}
