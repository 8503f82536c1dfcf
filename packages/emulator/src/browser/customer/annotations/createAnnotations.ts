import type { SessionFeatures, UserInfo } from '../../../protocol/messages.js'
import type { AnnotationPart, SessionLink } from '../session/sessionLink.js'
import type { AnnotationLayer, StrokeMark } from './annotationLayer.js'

/** Shows the customer's drawing tool; returns the function that removes it. */
export type ShowPen = (onStroke: (mark: StrokeMark, done: boolean) => void) => () => void

/**
 * Annotations on the customer's side: draws agents' marks (when the page allows agent annotation) and, when it allows
 * customer annotation, offers the pen and sends the customer's finished strokes.
 */
export function createAnnotations(
  features: Pick<SessionFeatures, 'allowAgentAnnotation' | 'allowCustomerAnnotation'>,
  link: SessionLink,
  layer: AnnotationLayer,
  showPen: ShowPen,
): AnnotationPart {
  let self: UserInfo | undefined
  let hidePen: (() => void) | undefined
  return {
    activate(customer) {
      self = customer
      if (!features.allowCustomerAnnotation || hidePen !== undefined) return
      hidePen = showPen((mark, done) => {
        layer.apply(mark, customer.userId)
        if (done) link.send({ t: 'annotation', mark })
      })
    },
    handle(mark, by) {
      // The page said no: an agent's marks are not drawn even if a server forwards them.
      const own = self !== undefined && by.userId === self.userId
      if (!own && !features.allowAgentAnnotation) return
      layer.apply(mark, by.userId)
    },
    deactivate() {
      hidePen?.()
      hidePen = undefined
      self = undefined
      layer.clear()
    },
  }
}
