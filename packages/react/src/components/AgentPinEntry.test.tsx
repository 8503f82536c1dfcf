import { fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { AgentPinEntry } from './AgentPinEntry.js'

const field = () => screen.getByRole('textbox', { name: "Customer's PIN" })
const join = () => screen.getByRole('button', { name: 'Join' })

describe('AgentPinEntry', () => {
  it('submits a Zoom PIN typed with spaces, normalised', () => {
    const onSubmit = vi.fn()
    render(<AgentPinEntry onSubmit={onSubmit} />)
    fireEvent.change(field(), { target: { value: '123 456' } })
    fireEvent.click(join())
    expect(onSubmit).toHaveBeenCalledWith('123456')
  })

  it('submits a BYOP PIN upper-cased', () => {
    const onSubmit = vi.fn()
    render(<AgentPinEntry onSubmit={onSubmit} />)
    fireEvent.change(field(), { target: { value: 'help-42' } })
    fireEvent.click(join())
    expect(onSubmit).toHaveBeenCalledWith('HELP42')
  })

  it('flags a wrong character as it is typed, and does not submit', () => {
    const onSubmit = vi.fn()
    render(<AgentPinEntry onSubmit={onSubmit} kind="zoom" />)
    fireEvent.change(field(), { target: { value: '12a' } })
    expect(screen.getByRole('alert').textContent).not.toBe('')
    expect(field().getAttribute('aria-invalid')).toBe('true')
    fireEvent.click(join())
    expect(onSubmit).not.toHaveBeenCalled()
  })

  it('does not nag while a valid prefix is typed, but explains on submit', () => {
    const onSubmit = vi.fn()
    render(<AgentPinEntry onSubmit={onSubmit} kind="zoom" />)
    fireEvent.change(field(), { target: { value: '123' } })
    expect(screen.queryByRole('alert')).toBeNull()
    fireEvent.click(join())
    expect(screen.getByRole('alert').textContent).toMatch(/6/)
    expect(onSubmit).not.toHaveBeenCalled()
  })

  it('shows an error from outside, e.g. an unknown PIN', () => {
    render(<AgentPinEntry onSubmit={() => {}} error="Cobrowse code not found" />)
    expect(screen.getByRole('alert').textContent).toBe('Cobrowse code not found')
  })
})

describe('AgentPinEntry after a failed join', () => {
  it('drops the outside error as soon as the agent edits the PIN', () => {
    render(<AgentPinEntry onSubmit={() => {}} error="Cobrowse code not found" />)
    expect(screen.getByRole('alert').textContent).toBe('Cobrowse code not found')
    fireEvent.change(screen.getByRole('textbox', { name: "Customer's PIN" }), { target: { value: '65' } })
    expect(screen.queryByRole('alert')).toBeNull()
  })
})

describe('AgentPinEntry in Spanish', () => {
  it('takes its label and button from the messages', async () => {
    const { CobrowseMessagesProvider } = await import('../messages/CobrowseMessagesProvider.js')
    render(
      <CobrowseMessagesProvider locale="es">
        <AgentPinEntry onSubmit={() => {}} />
      </CobrowseMessagesProvider>,
    )
    expect(screen.getByRole('textbox', { name: 'PIN del cliente' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Unirse' })).toBeTruthy()
  })
})
