import { CobrowseButton, CobrowseProvider } from '@cobrowse-kit/react'
import { createRoot } from 'react-dom/client'

// The smallest React host: one provider and the button, pointed at the emulator. Its pointer-enter and focus call
// session.load() (the SDK script and its init), and its click starts the session.

declare global {
  interface Window {
    INTENT_TO_PIN: { emulator: string; sdkKey: string }
  }
}

const { emulator, sdkKey } = window.INTENT_TO_PIN
const root = document.getElementById('root')
if (!root) throw new Error('the bench page has no #root')

createRoot(root).render(
  <CobrowseProvider config={{ sdkKey, origin: emulator, token: { url: `${emulator}/__emulator/token` } }}>
    <CobrowseButton />
  </CobrowseProvider>,
)
