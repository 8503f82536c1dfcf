import { compileMasking } from '@cobrowse-kit/core'
import { render } from '@testing-library/react'
import { StrictMode, useState } from 'react'
import { createPortal } from 'react-dom'
import { describe, expect, it } from 'vitest'
import { useMaskedPortalContainer } from './useMaskedPortalContainer.js'

function SavedCards({ open }: { open: boolean }) {
  const container = useMaskedPortalContainer()
  const [seen] = useState(() => container)
  return (
    <>
      <p data-first-render={seen === null ? 'null' : 'element'}>Pay</p>
      {open && container && createPortal(<ul data-testid="cards">4111 2222</ul>, container)}
    </>
  )
}

describe('useMaskedPortalContainer', () => {
  it('gives portals a masked container at the end of body, from the first render', () => {
    const { getByTestId, container } = render(<SavedCards open />)
    const cards = getByTestId('cards')
    const selector = compileMasking(undefined)?.maskCssSelectors ?? ''
    expect(cards.closest(selector)).not.toBeNull()
    expect(cards.parentElement?.parentElement).toBe(document.body)
    expect(container.contains(cards)).toBe(false)
    expect(container.querySelector('p')?.dataset.firstRender).toBe('element')
  })

  it('removes its container on unmount, and keeps exactly one under StrictMode', () => {
    const { unmount } = render(
      <StrictMode>
        <SavedCards open />
      </StrictMode>,
    )
    expect(document.querySelectorAll('[data-cobrowse-portal]')).toHaveLength(1)
    unmount()
    expect(document.querySelectorAll('[data-cobrowse-portal]')).toHaveLength(0)
  })
})
