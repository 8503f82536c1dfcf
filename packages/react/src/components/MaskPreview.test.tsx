import { createSessionStore } from '@cobrowse-kit/core'
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { CobrowseProvider } from '../CobrowseProvider.js'
import { Mask } from './Mask.js'
import { MaskPreview } from './MaskPreview.js'

const agentSide = () => screen.getByTestId('mask-preview-agent')

describe('MaskPreview', () => {
  it('shows the UI unchanged for the customer and masked for the agent, live as it changes', async () => {
    render(
      <MaskPreview>
        <p>Order 42</p>
        <Mask>
          <label>
            Card <input aria-label="Card" defaultValue="4111" />
          </label>
        </Mask>
      </MaskPreview>,
    )
    const card = screen.getByRole('textbox', { name: 'Card' }) as HTMLInputElement
    expect(card.value).toBe('4111')
    await waitFor(() => expect(agentSide().querySelector('input')?.value).toBe('****'))
    expect(agentSide().textContent).toContain('Order 42')
    fireEvent.input(card, { target: { value: '41112222' } })
    await waitFor(() => expect(agentSide().querySelector('input')?.value).toBe('********'))
  })

  it('uses the provider masking, and keeps the copy out of focus and ids unique', async () => {
    const store = createSessionStore({ sdkKey: 'k', token: 'a.b.c', storage: null, masking: { selectors: ['.pii'] } })
    render(
      <CobrowseProvider store={store}>
        <MaskPreview>
          <p className="pii" id="secret">
            Ada Lovelace
          </p>
          <button type="button">Pay</button>
        </MaskPreview>
      </CobrowseProvider>,
    )
    await waitFor(() => expect(agentSide().textContent).toContain('*** ********'))
    expect(agentSide().inert).toBe(true)
    expect(document.querySelectorAll('#secret')).toHaveLength(1)
    expect(screen.getAllByRole('button', { name: 'Pay' })).toHaveLength(1)
  })
})
