import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defaultClientConditions, defineConfig } from 'vite'

const page = (name: string) => fileURLToPath(new URL(`./${name}.html`, import.meta.url))

// Runs the workspace packages from source: no build needed before `npm start`.
export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['@cobrowse-kit/source', ...defaultClientConditions] },
  build: {
    rolldownOptions: {
      input: { index: page('index'), customer: page('customer'), agent: page('agent'), fake: page('fake') },
    },
  },
})
