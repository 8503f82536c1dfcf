import type { ReactNode } from 'react'
import { EMULATOR_URL_VARIABLE, START_EMULATOR_COMMAND } from './emulatorUrl.js'

/** Props of {@link LiveEmulatorNote}. */
export interface LiveEmulatorNoteProps {
  /** The emulator that did not answer, when one is configured. */
  url?: string
  /** Why it did not answer. */
  reason?: string
}

/** Shown in place of a Live story when no emulator is configured or reachable: says how to start one. */
export function LiveEmulatorNote({ url, reason }: LiveEmulatorNoteProps): ReactNode {
  return (
    <section aria-label="Live stories need the emulator" style={{ maxWidth: '36rem', lineHeight: 1.5 }}>
      {url ? (
        <p>
          The emulator at <code>{url}</code> did not answer{reason ? `: ${reason}` : '.'}
        </p>
      ) : (
        <p>Live stories run against the local emulator, and none is configured.</p>
      )}
      <ol>
        <li>
          Start it from the repository root: <code>{START_EMULATOR_COMMAND}</code>
        </li>
        <li>
          Restart Storybook with{' '}
          <code>{EMULATOR_URL_VARIABLE}=http://127.0.0.1:4010 npx -y pnpm@10.34.8 storybook</code>
        </li>
      </ol>
    </section>
  )
}
