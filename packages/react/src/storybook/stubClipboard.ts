import type { Mock } from 'storybook/test'
import { fn } from 'storybook/test'

/** What the stubbed clipboard does with a write: take it, or refuse it as a browser without permission does. */
export type ClipboardOutcome = 'accepts' | 'refuses'

/** The stub `stubClipboard` installs as `navigator.clipboard.writeText`, for play functions to inspect. */
export type ClipboardWrite = Mock<(text: string) => Promise<void>>

/**
 * A story `beforeEach` that replaces `navigator.clipboard` with one whose `writeText` is a spy that either accepts or
 * refuses (`NotAllowedError`), and puts the real one back afterwards. The test browser's own answer depends on focus
 * and permissions, so without the stub a copy story would show "Copied" on one run and the fallback on the next.
 *
 * @example
 * export const Copied: Story = { beforeEach: stubClipboard('accepts'), play: … }
 */
export function stubClipboard(outcome: ClipboardOutcome): () => () => void {
  return () => {
    const writeText: ClipboardWrite = fn(async (_text: string) => {
      if (outcome === 'refuses') throw new DOMException('Write permission denied.', 'NotAllowedError')
    })
    // An own property shadows Navigator.prototype's getter; deleting it brings the real clipboard back.
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } })
    return () => {
      Reflect.deleteProperty(navigator, 'clipboard')
    }
  }
}

/** The spy behind `navigator.clipboard.writeText` while a {@link stubClipboard} story runs. */
export function stubbedClipboardWrite(): ClipboardWrite {
  return navigator.clipboard.writeText as ClipboardWrite
}
