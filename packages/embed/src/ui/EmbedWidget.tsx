import type { SessionStore } from '@cobrowse-kit/core'
import {
  CobrowseButton,
  type CobrowseLocale,
  type CobrowseMessages,
  CobrowseMessagesProvider,
  CobrowseProvider,
  RemoteAssistConsent,
} from '@cobrowse-kit/react'
import type { ReactNode } from 'react'
import type { EmbedPosition } from '../shared/embedOptions.js'

/** Props of {@link EmbedWidget}. */
export interface EmbedWidgetProps {
  store: SessionStore
  locale: CobrowseLocale
  /** Per-string overrides; keep the object stable (it is read once per mount). */
  messages?: Partial<CobrowseMessages> | undefined
  position: EmbedPosition
}

/**
 * The customer experience of `<CobrowseButton />`, as the embed shows it: the button (PIN with copy, agent
 * connected, errors with retry) and remote-assist consent (dialog, and the "agent can see this page" banner with its
 * stop buttons). The same React components, so the same behaviour and markup.
 */
export function EmbedWidget({ store, locale, messages, position }: EmbedWidgetProps): ReactNode {
  return (
    <CobrowseMessagesProvider locale={locale} {...(messages ? { messages } : {})}>
      <CobrowseProvider store={store}>
        <div className="cbk-embed" data-position={position}>
          <RemoteAssistConsent />
          <CobrowseButton copyable />
        </div>
      </CobrowseProvider>
    </CobrowseMessagesProvider>
  )
}
