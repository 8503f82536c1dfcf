import { compileMasking } from '@cobrowse-kit/core'
import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { Mask } from './Mask.js'

describe('Mask', () => {
  it('marks its wrapper so the compiled piiMask selector matches what is inside', () => {
    const { container } = render(
      <>
        <Mask>
          <input aria-label="Card" />
        </Mask>
        <p>
          Total <Mask as="span">42.00</Mask>
        </p>
        <input aria-label="Name" />
      </>,
    )
    const selector = compileMasking(undefined)?.maskCssSelectors ?? ''
    const card = container.querySelector('input[aria-label="Card"]')
    const name = container.querySelector('input[aria-label="Name"]')
    expect(card?.closest(selector)).not.toBeNull()
    expect(name?.closest(selector)).toBeNull()
    expect(container.querySelector('span[data-cobrowse-mask]')?.textContent).toBe('42.00')
  })
})
