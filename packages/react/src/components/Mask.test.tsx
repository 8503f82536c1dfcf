import { compileMasking } from '@cobrowse-kit/core'
import { fireEvent, render } from '@testing-library/react'
import { useState } from 'react'
import { createPortal } from 'react-dom'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useMaskedPortalContainer } from '../hooks/useMaskedPortalContainer.js'
import { Mask } from './Mask.js'

/** A <Mask> whose list is a portal: into the masked container, or straight into <body>. */
function Dropdown({ masked }: { masked: boolean }) {
  const container = useMaskedPortalContainer()
  const [open, setOpen] = useState(false)
  const target = masked ? container : document.body
  return (
    <Mask>
      <button type="button" onClick={() => setOpen(true)}>
        Saved cards
      </button>
      {open && target && createPortal(<input aria-label="Saved card" defaultValue="4111" />, target)}
    </Mask>
  )
}

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

  describe('portals', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    afterEach(() => warn.mockClear())

    it('warns once in development when a child rendered through a portal is used outside the mask', () => {
      const { getByRole } = render(<Dropdown masked={false} />)
      fireEvent.click(getByRole('button'))
      const card = getByRole('textbox', { name: 'Saved card' })
      fireEvent.focus(card)
      fireEvent.input(card, { target: { value: '41112' } })
      expect(warn).toHaveBeenCalledTimes(1)
      expect(warn.mock.calls[0]?.[0]).toContain('useMaskedPortalContainer')
    })

    it('stays quiet when the portal renders into the masked container', () => {
      const { getByRole } = render(<Dropdown masked />)
      fireEvent.click(getByRole('button'))
      const card = getByRole('textbox', { name: 'Saved card' })
      fireEvent.focus(card)
      fireEvent.input(card, { target: { value: '41112' } })
      expect(card.closest('[data-cobrowse-mask]')).not.toBeNull()
      expect(warn).not.toHaveBeenCalled()
    })
  })
})
