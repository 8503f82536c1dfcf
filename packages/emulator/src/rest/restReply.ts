import { REST_FIDELITY, type RestErrorSpec } from '../config/restFidelity.js'

/** What a REST endpoint answers: a status, a JSON body and any extra headers, written out by the route. */
export interface RestReply {
  status: number
  body: unknown
  headers?: Record<string, string>
}

/** One field a request got wrong, in the shape of Zoom's validation errors. */
export interface RestFieldError {
  field: string
  message: string
}

/** Zoom's error body `{ code, message }` with the status that goes with it; `suffix` completes the message. */
export function restError(spec: RestErrorSpec, suffix = '', headers?: Record<string, string>): RestReply {
  return {
    status: spec.status,
    body: { code: spec.code, message: `${spec.message}${suffix}` },
    ...(headers && { headers }),
  }
}

/**
 * A 400 naming the field at fault, as Zoom's APIs answer bad parameters.
 *
 * @example
 * validationFailed('page_size', 'page_size must be a whole number from 30 to 300.')
 */
export function validationFailed(field: string, message: string): RestReply {
  const { status, code, message: summary } = REST_FIDELITY.errors.validation
  const errors: RestFieldError[] = [{ field, message }]
  return { status, body: { code, message: summary, errors } }
}

/** 200 with `body`. */
export function restOk(body: unknown): RestReply {
  return { status: 200, body }
}
