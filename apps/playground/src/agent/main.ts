import '../playground.css'

// The agent console of the playground: Zoom's desk (an iframe) with an agent token from the emulator's dev endpoint.
// A real app mints agent tokens only for authenticated agents; the emulator's endpoint is for local development.

const root = document.getElementById('root')
if (!root) throw new Error('agent.html has no #root element')

root.innerHTML = `
  <main>
    <h1>Agent console</h1>
    <p>Ask the customer for the PIN shown on their page, then type it into the desk below.</p>
    <p><button type="button" id="open-desk">Open the desk</button> <span id="desk-status" role="status"></span></p>
    <iframe id="desk" title="Cobrowse desk" width="1024" height="720"
      allow="autoplay *; camera *; microphone *; display-capture *; geolocation *;" hidden></iframe>
  </main>`

async function agentToken(): Promise<string> {
  const response = await fetch('/__emulator/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ role: 2, userId: `agent-${Date.now().toString(36)}`, userName: 'Playground agent' }),
  })
  const body = (await response.json()) as { token?: string }
  if (!response.ok || !body.token) throw new Error(`token endpoint answered ${response.status}`)
  return body.token
}

const button = document.getElementById('open-desk') as HTMLButtonElement
const status = document.getElementById('desk-status') as HTMLElement
const desk = document.getElementById('desk') as HTMLIFrameElement

button.addEventListener('click', async () => {
  button.disabled = true
  status.textContent = 'Getting an agent token…'
  try {
    const token = await agentToken()
    // The one line that differs from a real Zoom integration is the origin.
    desk.src = `${window.location.origin}/sdkapi/zcb/frame-templates/desk?access_token=${encodeURIComponent(token)}`
    desk.hidden = false
    status.textContent = ''
  } catch (error) {
    status.textContent = `Could not open the desk: ${String(error)}`
    button.disabled = false
  }
})
