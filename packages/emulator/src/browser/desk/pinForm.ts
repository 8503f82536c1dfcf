import { parsePinInput } from '../shared/pinInput.js'

/** The desk's join form; see {@link createPinForm}. */
export interface PinForm {
  readonly element: HTMLFormElement
  /** Shows the form again (after leaving, an end or a failed join), ready for a new PIN. */
  reset(): void
  hide(): void
  /** Shows an alert under the field, or clears it with `''`. */
  showError(text: string): void
}

/**
 * "Enter the customer's PIN": a labelled text field and a Join button. The PIN is checked before `join` is called;
 * a bad one gets a message under the field instead.
 */
export function createPinForm(document: Document, join: (pin: string) => void): PinForm {
  const form = document.createElement('form')
  form.className = 'zcb-join'
  form.noValidate = true
  form.setAttribute('aria-labelledby', 'zcb-join-title')

  const title = document.createElement('h2')
  title.id = 'zcb-join-title'
  title.textContent = "Enter the customer's PIN"

  const label = document.createElement('label')
  label.htmlFor = 'zcb-pin'
  label.textContent = 'PIN'

  const input = document.createElement('input')
  input.id = 'zcb-pin'
  input.name = 'pin'
  input.type = 'text'
  input.autocomplete = 'off'
  input.spellcheck = false
  input.setAttribute('autocapitalize', 'characters')
  input.setAttribute('aria-describedby', 'zcb-join-message')

  const message = document.createElement('p')
  message.id = 'zcb-join-message'
  message.className = 'zcb-alert'
  message.setAttribute('role', 'alert')

  const actions = document.createElement('div')
  actions.className = 'zcb-actions'
  const submit = document.createElement('button')
  submit.type = 'submit'
  submit.className = 'zcb-primary'
  submit.textContent = 'Join'
  actions.append(submit)

  form.append(title, label, input, message, actions)

  const showError = (text: string) => {
    message.textContent = text
  }
  const setBusy = (busy: boolean) => {
    input.disabled = busy
    submit.disabled = busy
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault()
    const parsed = parsePinInput(input.value)
    input.setAttribute('aria-invalid', String(!parsed.ok))
    if (!parsed.ok) {
      showError(parsed.message)
      input.focus()
      return
    }
    showError('')
    setBusy(true)
    join(parsed.pin)
  })

  return {
    element: form,
    reset() {
      form.hidden = false
      setBusy(false)
      input.focus()
    },
    hide() {
      form.hidden = true
    },
    showError,
  }
}
