/**
 * The HTML frame shared by the emulator's two agent pages (the hosted desk and the BYOP viewer): one external script,
 * the replayer stylesheet and the page's own styles. No inline script or event handler, so the pages run under a
 * strict `script-src`.
 */

/** Escapes text for an HTML text node or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
}

export interface AgentPageParts {
  title: string
  scriptUrl: string
  cssUrl: string
  bodyClass: string
  /** `data-*` attributes of `<body>`, keyed by their suffix (`token-error-code`), escaped here. */
  bodyData?: Record<string, string>
  /** Trusted markup of the header, which holds the page's one status line. */
  header: string
  /** Trusted markup of `<main>`. */
  main: string
}

/** Assembles an agent page; every interpolated value that is not markup is escaped. */
export function renderAgentPage(parts: AgentPageParts): string {
  const data = Object.entries(parts.bodyData ?? {})
    .map(([name, value]) => ` data-${name}="${escapeHtml(value)}"`)
    .join('')
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${escapeHtml(parts.title)}</title>
<link rel="stylesheet" href="${escapeHtml(parts.cssUrl)}">
<style>${AGENT_PAGE_CSS}</style>
<script src="${escapeHtml(parts.scriptUrl)}" defer></script>
</head>
<body class="${escapeHtml(parts.bodyClass)}"${data}>
<header class="zcb-header">${parts.header}</header>
<main id="zcb-app" class="zcb-app">${parts.main}</main>
</body>
</html>
`
}

const AGENT_PAGE_CSS = `
*{box-sizing:border-box}
html,body{height:100%;margin:0}
body{display:flex;flex-direction:column;font:14px/1.4 system-ui,-apple-system,"Segoe UI",sans-serif;color:#111827;background:#f3f4f6}
[hidden]{display:none!important}
.zcb-header{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1rem;padding:.5rem 1rem;background:#fff;border-bottom:1px solid #e5e7eb}
.zcb-header h1{margin:0;font-size:1rem}
.zcb-badge{margin-left:.5rem;padding:.125rem .375rem;border-radius:.25rem;background:#fef3c7;color:#92400e;font-size:.75rem;font-weight:600}
.zcb-status{margin:0;color:#374151}
.zcb-app{display:flex;flex:1;flex-direction:column;min-height:0}
.zcb-alert{margin:1rem;color:#b91c1c;font-weight:600}
.zcb-join{width:min(24rem,calc(100% - 2rem));margin:3rem auto;padding:1.5rem;border-radius:.5rem;background:#fff;box-shadow:0 1px 3px rgb(0 0 0/.12)}
.zcb-join h2{margin:0 0 1rem;font-size:1.125rem}
.zcb-join label{display:block;margin-bottom:.25rem;font-weight:600}
.zcb-join input{width:100%;padding:.5rem;border:1px solid #9ca3af;border-radius:.375rem;font:inherit;font-size:1.25rem;letter-spacing:.1em}
.zcb-join input[aria-invalid=true]{border-color:#b91c1c}
.zcb-join .zcb-alert{margin:.5rem 0 0}
.zcb-join .zcb-actions{margin-top:1rem}
button{padding:.375rem .75rem;border:1px solid #d1d5db;border-radius:.375rem;background:#fff;color:inherit;font:inherit;cursor:pointer}
button:disabled{cursor:default;opacity:.6}
button[aria-pressed=true],.zcb-primary{border-color:#1d4ed8;background:#1d4ed8;color:#fff}
button:focus-visible,input:focus-visible{outline:2px solid #1d4ed8;outline-offset:2px}
.zcb-workspace{display:flex;flex:1;flex-direction:column;min-height:0}
.zcb-toolbar{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1rem;padding:.5rem 1rem;background:#fff;border-bottom:1px solid #e5e7eb}
.zcb-group{display:flex;align-items:center;gap:.25rem}
.zcb-group input[type=color]{width:2rem;height:2rem;padding:0;border:0;background:none}
.zcb-assist-state{margin-left:.25rem;color:#374151}
.zcb-view{position:relative;flex:1;min-height:0;overflow:hidden;background:#d1d5db}
.zcb-view.zcb-remote-scroll{box-shadow:inset 0 0 0 3px #16a34a}
.zcb-view iframe{border:0;background:#fff}
.zcb-overlay{position:absolute;z-index:2;overflow:hidden}
.zcb-overlay[data-tool=pen],.zcb-overlay[data-tool=rectangle],.zcb-overlay[data-tool=vanishing-pen]{cursor:crosshair}
.zcb-overlay[data-tool=eraser]{cursor:pointer}
.zcb-mark-vanishing{animation-name:zcb-vanish;animation-timing-function:ease-in;animation-fill-mode:forwards}
@keyframes zcb-vanish{to{opacity:0}}
`
