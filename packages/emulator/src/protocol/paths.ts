/**
 * Every URL path the emulator answers. The first three are Zoom's own (so code written for Zoom works by changing the
 * origin); the rest are the emulator's internals and sit under `/zcb/` or `/__emulator/`.
 */
export const PATHS = {
  /** Customer SDK script: `/static/resource/sdk/{SDK_KEY}/js` or `/static/resource/sdk/{SDK_KEY}/js/{version}`. */
  customerSdkPrefix: '/static/resource/sdk/',
  /** Zoom's hosted agent desk: `?access_token=JWT`. */
  desk: '/sdkapi/zcb/frame-templates/desk',
  /** BYOP agent viewer page that the agent SDK renders into an iframe (`createAgentViewerEndpoint` returns it too). */
  agentViewer: '/sdkapi/zcb/frame-templates/agent-viewer',
  /** The BYOP agent SDK as an ES module (shaped like `@zoom/cobrowsesdk/agent`). */
  agentSdkModule: '/zcb/agent-sdk.js',
  /** Browser bundles of the desk and viewer pages. */
  deskScript: '/zcb/desk.js',
  viewerScript: '/zcb/viewer.js',
  /** rrweb's replayer stylesheet. */
  replayerCss: '/zcb/replayer.css',
  /** The WebSocket both roles connect to: `?role=customer|agent`. */
  socket: '/zcb/ws',
  /** GET `?sessionId=&resumeKey=` → `{ recoverable: boolean, pin? }`: lets a reloaded page know it can `join()`. */
  recoveryStatus: '/zcb/api/recovery',
  /**
   * Development only (real Zoom has no such endpoint): POST `{ role, userId?, userName?, expirationSeconds?,
   * enableByop? }` → `{ token }` signed with the emulator's SDK secret. Same request shape as Zoom's auth sample.
   */
  devToken: '/__emulator/token',
  /** GET → `{ ok: true, sdkKey }`. */
  health: '/__emulator/health',
} as const
