import { isPartialPin, type PinKind, validatePin } from '@cobrowse-kit/core'
import { type FormEvent, type ReactNode, useId, useState } from 'react'
import { useCobrowseMessages } from '../messages/useCobrowseMessages.js'

/** Props of `<AgentPinEntry>`. */
export interface AgentPinEntryProps {
  /** Called with the normalised PIN (spaces and dashes removed, upper-cased) once it is valid. */
  onSubmit: (pin: string) => void
  /** Which PINs to accept: Zoom's 6 digits, BYOP PINs (up to 10 letters and digits), or either. Default `'any'`. */
  kind?: PinKind | 'any'
  /** An error to show from outside, e.g. "Cobrowse code not found" after a failed join. */
  error?: string
  /** Disables the form, e.g. while joining. */
  disabled?: boolean
  /** Field label. Default: the `customerPin` message ("Customer's PIN"). */
  label?: string
  /** Submit button text. Default: the `join` message ("Join"). */
  submitLabel?: string
  /** Extra class on the form; the kit's own classes start with `cbk-`. */
  className?: string
}

/**
 * The agent's PIN field: validates Zoom and BYOP PINs as they are typed, tells what is wrong, and submits the
 * normalised PIN.
 *
 * @example
 * <AgentPinEntry onSubmit={(pin) => agent.join(pin, viewer)} />
 */
export function AgentPinEntry({
  onSubmit,
  kind = 'any',
  error,
  disabled = false,
  label,
  submitLabel,
  className,
}: AgentPinEntryProps): ReactNode {
  const m = useCobrowseMessages()
  const id = useId()
  const [value, setValue] = useState('')
  const [submitted, setSubmitted] = useState(false)
  // An error from outside describes the PIN that was submitted; once the agent edits the field it no longer applies.
  const [editedAfter, setEditedAfter] = useState<string | undefined>(undefined)
  const outsideError = error !== undefined && error !== editedAfter ? error : undefined
  const typedWrong = value !== '' && !isPartialPin(value, kind)
  const validation = validatePin(value, { kind })
  const problem = validation.valid ? undefined : m.errorMessage(validation.error)
  const message = outsideError ?? (typedWrong || submitted ? problem : undefined)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setSubmitted(true)
    if (validation.valid) onSubmit(validation.pin)
  }

  return (
    <form className={className ? `cbk-pin-entry ${className}` : 'cbk-pin-entry'} onSubmit={submit} noValidate>
      <label htmlFor={`${id}-pin`} className="cbk-pin-entry__label">
        {label ?? m.customerPin}
      </label>
      <input
        id={`${id}-pin`}
        className="cbk-pin-entry__input"
        value={value}
        onChange={(event) => {
          setValue(event.target.value)
          setEditedAfter(error)
          setSubmitted(false)
        }}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        inputMode={kind === 'zoom' ? 'numeric' : 'text'}
        aria-invalid={message !== undefined}
        aria-describedby={message === undefined ? undefined : `${id}-error`}
        disabled={disabled}
      />
      <button type="submit" className="cbk-pin-entry__submit" disabled={disabled}>
        {submitLabel ?? m.join}
      </button>
      {message !== undefined && (
        <p id={`${id}-error`} className="cbk-pin-entry__error" role="alert">
          {message}
        </p>
      )}
    </form>
  )
}
