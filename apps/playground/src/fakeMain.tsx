import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { Playground } from './Playground.js'
import './playground.css'

const root = document.getElementById('root')
if (!root) throw new Error('fake.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <Playground />
  </StrictMode>,
)
