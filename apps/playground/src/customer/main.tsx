import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { CustomerPage } from './CustomerPage.js'
import '@cobrowse-kit/react/styles.css'
import '../playground.css'

const root = document.getElementById('root')
if (!root) throw new Error('customer.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <CustomerPage />
  </StrictMode>,
)
