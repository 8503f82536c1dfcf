import { escapeHtml, renderAgentPage } from './agentPageShell.js'

export interface DeskPageOptions {
  scriptUrl: string
  cssUrl: string
  /** The token in `access_token` was missing or refused: the page shows this and no PIN form. */
  tokenError?: { code: number; message: string }
}

/**
 * Zoom's hosted agent desk (`PATHS.desk?access_token=JWT`). The HTML never holds the token: the desk script reads it
 * from `location.search`. A token error is written both as visible text and as `data-token-error-*` on `<body>`,
 * which tells the script not to offer the PIN form.
 *
 * @example
 * renderDeskPage({ scriptUrl: PATHS.deskScript, cssUrl: PATHS.replayerCss })
 */
export function renderDeskPage(options: DeskPageOptions): string {
  const { tokenError } = options
  return renderAgentPage({
    title: 'Cobrowse desk',
    scriptUrl: options.scriptUrl,
    cssUrl: options.cssUrl,
    bodyClass: 'zcb-desk',
    ...(tokenError && {
      bodyData: { 'token-error-code': String(tokenError.code), 'token-error-message': tokenError.message },
    }),
    header:
      '<h1>Cobrowse desk<span class="zcb-badge">Emulator</span></h1>' +
      '<p id="zcb-status" class="zcb-status" role="status"></p>',
    main: tokenError
      ? `<p class="zcb-alert" role="alert">${escapeHtml(`${tokenError.message} (${tokenError.code})`)}</p>`
      : '',
  })
}
