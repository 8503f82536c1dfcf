import react from '@vitejs/plugin-react'
import { defaultClientConditions, defineConfig } from 'vite'

// Runs the workspace packages from source: no build needed before `npm start`.
export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['@cobrowse-kit/source', ...defaultClientConditions] },
})
