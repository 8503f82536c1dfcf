/**
 * The kit's test kit (`@cobrowse-kit/core/testing`): typed fakes of Zoom's customer and agent SDKs driven by a
 * scriptable timeline, for the kit's own tests, Storybook stories and your tests.
 */
export { agentSteps } from './agentSteps.js'
export {
  type AgentTimelineStep,
  createFakeAgentSdk,
  type FakeAgentSdk,
  type FakeAgentSdkOptions,
} from './createFakeAgentSdk.js'
export { createFakeCustomerSdk, type FakeCustomerSdk, type FakeCustomerSdkOptions } from './createFakeCustomerSdk.js'
export { steps } from './steps.js'
export type { TimelineStep } from './timeline.js'
