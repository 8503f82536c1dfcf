import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { AgentPage } from './AgentPage.js'
import '@cobrowse-kit/react/styles.css'
import '../playground.css'

const root = document.getElementById('root')
if (!root) throw new Error('agent.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <AgentPage />
  </StrictMode>,
)
