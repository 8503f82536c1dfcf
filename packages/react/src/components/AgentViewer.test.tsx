import { createFakeAgentSdk } from '@cobrowse-kit/core/testing'
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { AgentViewer } from './AgentViewer.js'

const TOKEN = 'h.p.s'

describe('AgentViewer mode="desk"', () => {
  it("fetches an agent token and shows Zoom's desk URL on the given origin, with the samples' allow list", async () => {
    const token = vi.fn(async () => TOKEN)
    render(<AgentViewer mode="desk" token={token} origin="http://127.0.0.1:4010/" />)
    const frame = (await screen.findByTitle('Cobrowse desk')) as HTMLIFrameElement
    expect(token).toHaveBeenCalledWith(expect.objectContaining({ role: 2 }))
    expect(frame.getAttribute('src')).toBe('http://127.0.0.1:4010/sdkapi/zcb/frame-templates/desk?access_token=h.p.s')
    expect(frame.getAttribute('allow')).toBe('autoplay *; camera *; microphone *; display-capture *; geolocation *;')
  })

  it('defaults to Zoom, and turns a refused token into an error with a retry', async () => {
    const token = vi.fn().mockRejectedValueOnce(new Error('403')).mockResolvedValue(TOKEN)
    render(<AgentViewer mode="desk" token={token} />)
    expect(await screen.findByRole('alert')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }))
    const frame = await screen.findByTitle('Cobrowse desk')
    expect(frame.getAttribute('src')).toMatch(/^https:\/\/us01-zcb\.zoom\.us\/sdkapi\/zcb\/frame-templates\/desk\?/)
  })
})

describe('AgentViewer mode="sdk"', () => {
  it('joins with a typed PIN, renders the viewer into its container, and leaves', async () => {
    const fake = createFakeAgentSdk({ pins: ['123456'] })
    const statuses: string[] = []
    const { container } = render(
      <AgentViewer mode="sdk" sdk={fake.sdk} sdkKey="key" token={TOKEN} onStatusChange={(s) => statuses.push(s)} />,
    )
    fireEvent.change(screen.getByRole('textbox', { name: "Customer's PIN" }), { target: { value: '123456' } })
    fireEvent.click(screen.getByRole('button', { name: 'Join' }))
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Connected'))
    expect(container.querySelector('.cbk-agent-viewer__container')?.contains(fake.viewer)).toBe(true)
    fireEvent.click(screen.getByRole('button', { name: 'Leave' }))
    await waitFor(() => expect(fake.calls.leave).toBe(1))
    expect(statuses).toEqual(['idle', 'joining', 'joined', 'left'])
  })

  it('joins a PIN given as a prop at once, and surfaces 1006', async () => {
    const fake = createFakeAgentSdk({ pins: ['654321'] })
    render(<AgentViewer mode="sdk" sdk={Promise.resolve(fake.sdk)} sdkKey="key" token={TOKEN} pin="123456" />)
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).not.toBe('')
    await act(async () => {})
    expect(fake.calls.join).toEqual([{ pinCode: '123456', sdkToken: TOKEN }])
  })
})
