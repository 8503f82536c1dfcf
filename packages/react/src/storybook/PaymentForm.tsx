import type { ReactNode } from 'react'
import { Mask } from '../components/Mask.js'

/** What a {@link PaymentForm} starts with; empty fields when left out. */
export interface PaymentFormValues {
  /** Shown to the agent as typed: a name on its own is not a secret. */
  name?: string
  /** Inside `<Mask>`: masked whatever the store's options say. */
  card?: string
  /** Carries the class `pii`: masked only where the masking options list `.pii`. */
  email?: string
}

/** Props of {@link PaymentForm}. */
export interface PaymentFormProps {
  /** Starting values, for stories that show masking without typing first. */
  defaults?: PaymentFormValues
}

/** The `name` attribute of each field; the preview's copy drops ids, names survive. */
export const PAYMENT_FIELDS = { name: 'cardholder', card: 'card-number', email: 'receipt-email' } as const

const FIELD = { display: 'grid', gap: '0.25rem' } as const

/**
 * A small checkout form for the masking stories: one field in `<Mask>`, one with the class `pii`, one unmasked. It is
 * uncontrolled, as most real forms' fields are: the preview must follow what the customer types, not React state.
 * Labels wrap their fields: a `<label for>` cloned into the preview would still point at the customer's field.
 */
export function PaymentForm({ defaults = {} }: PaymentFormProps): ReactNode {
  return (
    <form style={{ display: 'grid', gap: '0.75rem' }} onSubmit={(event) => event.preventDefault()}>
      <label style={FIELD}>
        Name on card
        <input name={PAYMENT_FIELDS.name} autoComplete="cc-name" defaultValue={defaults.name} />
      </label>
      <label style={FIELD}>
        Card number
        {/* A span: a label may only hold phrasing content. */}
        <Mask as="span">
          <input name={PAYMENT_FIELDS.card} autoComplete="cc-number" inputMode="numeric" defaultValue={defaults.card} />
        </Mask>
      </label>
      <label style={FIELD}>
        Email for the receipt
        <input
          name={PAYMENT_FIELDS.email}
          className="pii"
          type="email"
          autoComplete="email"
          defaultValue={defaults.email}
        />
      </label>
    </form>
  )
}
