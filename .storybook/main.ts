import type { StorybookConfig } from '@storybook/react-vite'
import { defaultClientConditions } from 'vite'

// Stories run from source, like the tests and the playground: workspace packages resolve to src/ with no build.
const SOURCE_CONDITION = '@cobrowse-kit/source'

const config: StorybookConfig = {
  // The introduction first: the sidebar keeps this order, so it is the page a reviewer lands on.
  stories: ['./Introduction.mdx', '../packages/*/src/**/*.stories.tsx'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  // Design review runs offline: no telemetry, no crash reports, no "what's new" fetches.
  core: { disableTelemetry: true, enableCrashReports: false, disableWhatsNewNotifications: true },
  // No onboarding: the sidebar's "get started" checklist widget and the menu's onboarding guide are for people new to
  // Storybook, not for reviewers of this kit, and they nag with a progress badge.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  // Reads props and their TSDoc from the TypeScript types for the Docs pages (works with TS 6, not with TS 7).
  typescript: { reactDocgen: 'react-docgen-typescript' },
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    resolve: { ...viteConfig.resolve, conditions: [SOURCE_CONDITION, ...defaultClientConditions] },
    // Stories that portal (createPortal) import react-dom itself: pre-bundled up front, a warm dependency cache never
    // has to re-optimize (and reload) in the middle of a story test run.
    optimizeDeps: { ...viteConfig.optimizeDeps, include: [...(viteConfig.optimizeDeps?.include ?? []), 'react-dom'] },
  }),
}

export default config
