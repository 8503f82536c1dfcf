import type { LiveSession } from '@cobrowse-kit/server'
import { type ReactNode, useId } from 'react'
import type { ActivityReport, WebhookFeedEntry } from '../../backend/activityReport.js'
import { useActivity } from './useActivity.js'

const EVENT_LABELS: Record<string, string> = {
  'cobrowse.session_started': 'Session started',
  'cobrowse.session_user_joined': 'User joined',
  'cobrowse.session_user_left': 'User left',
  'cobrowse.session_ended': 'Session ended',
}

/**
 * The agent console's view of the server side: sessions in progress, read by the playground server through Zoom's
 * REST API, and the webhooks it verified, newest first. Refreshed every ~2 s while the page is visible.
 */
export function ActivityPanel(): ReactNode {
  const { report, error } = useActivity()
  const headingId = useId()
  const feedHeadingId = useId()
  return (
    <section aria-labelledby={headingId} className="activity">
      <h2 id={headingId}>Live sessions and webhooks</h2>
      <p>
        What the playground server knows: live sessions from <code>createCobrowseRestClient</code> and the events its{' '}
        <code>createWebhookHandler</code> verified. Only signed-in agents may read them.
      </p>
      {error && <p role="alert">{error}</p>}
      <table>
        <caption>Live sessions</caption>
        <thead>
          <tr>
            <th scope="col">PIN</th>
            <th scope="col">Started</th>
            <th scope="col">Users</th>
            <th scope="col">Session ID</th>
          </tr>
        </thead>
        <tbody>
          {report?.rest === 'ok' && report.live.length > 0 ? (
            report.live.map((session) => <SessionRow key={session.session_id} session={session} />)
          ) : (
            <tr>
              <td colSpan={4}>{emptySessionsText(report)}</td>
            </tr>
          )}
        </tbody>
      </table>
      <h3 id={feedHeadingId}>Webhook feed</h3>
      <div role="log" aria-labelledby={feedHeadingId} className="activity__feed">
        {report?.events.length ? (
          <ol>
            {report.events.map((entry) => (
              <FeedItem key={entry.id} entry={entry} />
            ))}
          </ol>
        ) : (
          <p>{report?.webhooks === 'off' ? 'Webhooks are off: set ZOOM_WEBHOOK_SECRET.' : 'No webhook yet.'}</p>
        )}
      </div>
    </section>
  )
}

function SessionRow({ session }: { session: LiveSession }): ReactNode {
  return (
    <tr>
      <td>{session.session_pin ?? '–'}</td>
      <td>
        <time dateTime={session.start_time}>{clock(session.start_time)}</time>
      </td>
      <td>{session.users.map((user) => `${user.user_name} (${user.role_type})`).join(', ') || 'nobody yet'}</td>
      <td>
        <code>{session.session_id}</code>
      </td>
    </tr>
  )
}

function FeedItem({ entry }: { entry: WebhookFeedEntry }): ReactNode {
  const details = [
    entry.sessionId && `session ${entry.sessionId}`,
    entry.userName && `${entry.userName}${entry.role ? ` (${entry.role})` : ''}`,
    entry.reason,
  ].filter(Boolean)
  return (
    <li>
      <time dateTime={entry.time}>{clock(entry.time)}</time> <strong>{EVENT_LABELS[entry.type] ?? entry.type}</strong>
      {details.length > 0 && ` · ${details.join(' · ')}`}
    </li>
  )
}

function emptySessionsText(report: ActivityReport | undefined): string {
  if (!report) return 'Loading…'
  if (report.rest === 'not_configured') return 'REST is not configured: set ZOOM_API_KEY and ZOOM_API_SECRET.'
  if (report.rest === 'failed') {
    return `The REST call failed: ${report.restProblem?.message ?? 'unknown error'} ${report.restProblem?.hint ?? ''}`
  }
  return 'No session in progress.'
}

function clock(iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleTimeString()
}
