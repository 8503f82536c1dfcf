import { MASK_ATTRIBUTE } from '@cobrowse-kit/core'
import type { ReactNode } from 'react'

/** Props of `<Mask>`. */
export interface MaskProps {
  /** What agents must not see: text, inputs, selects, editable regions, and everything nested in them. */
  children?: ReactNode
  /** The wrapper element. `div` (default) for blocks, `span` inside text. */
  as?: 'div' | 'span'
  /** Extra class on the wrapper. */
  className?: string
}

/**
 * Masks its content for agents. The wrapper carries `data-cobrowse-mask`, which the kit always compiles into Zoom's
 * `piiMask`, so the values are replaced in the customer's page before anything is sent. The customer sees them as
 * usual.
 *
 * @example
 * <Mask><input name="card" autoComplete="cc-number" /></Mask>
 */
export function Mask({ children, as: Tag = 'div', className }: MaskProps): ReactNode {
  return (
    <Tag {...{ [MASK_ATTRIBUTE]: '' }} className={className}>
      {children}
    </Tag>
  )
}
