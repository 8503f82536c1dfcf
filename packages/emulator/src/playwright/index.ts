/**
 * `@cobrowse-kit/emulator/playwright`: Playwright helpers for a host app's own e2e suite, to prove that masked values
 * never reach a support agent. Start (or attach to) the emulator, join a session as an agent in Zoom's desk, and check
 * every WebSocket frame and the agent's view for secrets. Only types come from `@playwright/test`, so the helpers
 * work with it or with the `playwright` library.
 */
export { type AttachEmulatorOptions, attachEmulator } from './attachEmulator.js'
export { cardNumberPattern, passesLuhn } from './cardNumberPattern.js'
export { createLeakCheck, type FindLeaksOptions, type LeakCheck, type WatchOptions } from './createLeakCheck.js'
export type { LeakTargets } from './createLeakMatcher.js'
export type { EmulatorTarget } from './emulatorTarget.js'
export { formatLeakReport, type LeakReportContext } from './formatLeakReport.js'
export { type JoinAgentOptions, type JoinedAgent, joinAgent } from './joinAgent.js'
export { LeaksFoundError } from './LeaksFoundError.js'
export type { AgentViewLeak, FrameDirection, FrameEventKind, FrameLeak, Leak, LeakMatch } from './leak.js'
export type { LeakPattern } from './leakPattern.js'
export { PlaywrightHelperError, type PlaywrightHelperErrorCode } from './PlaywrightHelperError.js'
export type { CapturedFrame } from './scanFrame.js'
export { type HookRegistrar, type TestEmulator, withEmulator } from './withEmulator.js'
