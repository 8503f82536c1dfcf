import { type ChildProcess, spawn } from 'node:child_process'
import { createHmac } from 'node:crypto'
import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { DEV_API_KEY, DEV_API_SECRET } from './config/emulatorOptions.js'
import { PATHS } from './protocol/paths.js'
import { signApiToken } from './rest/signApiToken.js'
import { joinMessage, openAgent, openCustomer, startMessage } from './ws/protocolTestClient.js'

const CLI = fileURLToPath(new URL('./cli.ts', import.meta.url))
const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url))
const EXIT_WAIT_MS = 10_000

function runCli(args: string[]): { child: ChildProcess; output: () => string; exit: Promise<number | null> } {
  const child = spawn(process.execPath, ['--conditions=@cobrowse-kit/source', '--import', 'tsx', CLI, ...args], {
    cwd: PACKAGE_DIR,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (chunk) => {
    output += String(chunk)
  })
  child.stderr?.on('data', (chunk) => {
    output += String(chunk)
  })
  const exit = new Promise<number | null>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`the CLI did not exit within ${EXIT_WAIT_MS} ms:\n${output}`))
    }, EXIT_WAIT_MS)
    child.on('exit', (code) => {
      clearTimeout(timer)
      resolve(code)
    })
  })
  return { child, output: () => output, exit }
}

function waitForOutput(run: ReturnType<typeof runCli>, pattern: RegExp): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const match = run.output().match(pattern)
      if (!match) return false
      run.child.stdout?.off('data', check)
      resolve(match)
      return true
    }
    if (check()) return
    run.child.stdout?.on('data', check)
    run.exit.then(() => reject(new Error(`exited before printing ${pattern}:\n${run.output()}`)), reject)
  })
}

async function readText(req: IncomingMessage): Promise<string> {
  let text = ''
  for await (const chunk of req) text += String(chunk)
  return text
}

describe('cobrowse-emulator CLI', () => {
  it('prints where everything is, serves sessions, and exits cleanly on SIGINT with sessions still live', async () => {
    const run = runCli(['--port', '0', '--recovery-window-ms', '60000', '--agent-wait-ms', '60000'])
    const [, url = ''] = await waitForOutput(run, /listening on (http:\/\/\S+)\n[\s\S]*API secret:.*\n/)
    const output = run.output()
    expect(output).toMatch(/SDK key: +emulator-dev-key \(dev default\)/)
    expect(output).toMatch(/SDK secret: +emulator-dev-secret-do-not-use-in-production \(dev default\)/)
    expect(output).toContain(`${url}${PATHS.customerSdkPrefix}emulator-dev-key/js`)
    expect(output).toContain(`${url}${PATHS.desk}?access_token=`)
    expect(output).toContain(`${url}${PATHS.devToken}`)
    expect(output).toContain(`REST API:     ${url}/v2/cobrowsesdk/`)
    expect(output).toMatch(/API key: +emulator-dev-api-key \(dev default\)/)
    const rest = await fetch(`${url}/v2/cobrowsesdk/live_sessions`, {
      headers: { Authorization: `Bearer ${signApiToken({ apiKey: DEV_API_KEY, apiSecret: DEV_API_SECRET })}` },
    })
    expect(await rest.json()).toEqual({ page_size: 30, next_page_token: '', sessions: [] })

    const tokenResponse = await fetch(`${url}${PATHS.devToken}`, { method: 'POST', body: '{"role":1}' })
    expect(tokenResponse.status).toBe(200)
    const credentials = { sdkKey: 'emulator-dev-key', sdkSecret: 'emulator-dev-secret-do-not-use-in-production' }
    const customer = await openCustomer(url)
    customer.send(startMessage(credentials))
    const { pin } = await customer.next('started')
    const agent = await openAgent(url)
    agent.send(joinMessage(credentials, pin))
    await agent.next('joined')
    customer.close()
    await agent.next('customer-status')
    await waitForOutput(run, /customer disconnected/)

    // Live recovery and agent-wait timers must not keep the process alive: it exits on its own, without process.exit.
    run.child.kill('SIGINT')
    expect(await run.exit).toBe(0)
    expect(run.output()).toContain('SIGINT: shutting down')
    await agent.closed
  })

  it('hides most of a secret given on the command line', async () => {
    const run = runCli([
      ...['--port', '0', '--sdk-key', 'my-key', '--sdk-secret', 'super-secret-value'],
      ...['--api-key', 'my-api-key', '--api-secret', 'other-secret-value'],
    ])
    const [, url = ''] = await waitForOutput(run, /listening on (http:\/\/\S+)\n[\s\S]*API secret:.*\n/)
    expect(run.output()).toMatch(/SDK key: +my-key\n/)
    expect(run.output()).toMatch(/SDK secret: +supe…\n/)
    expect(run.output()).toMatch(/API key: +my-api-key\n/)
    expect(run.output()).toMatch(/API secret: +othe…\n/)
    expect(run.output()).not.toContain('super-secret-value')
    expect(run.output()).not.toContain('other-secret-value')
    const bearer = (apiSecret: string) => ({
      headers: { Authorization: `Bearer ${signApiToken({ apiKey: 'my-api-key', apiSecret })}` },
    })
    expect((await fetch(`${url}/v2/cobrowsesdk/live_sessions`, bearer('other-secret-value'))).status).toBe(200)
    expect((await fetch(`${url}/v2/cobrowsesdk/live_sessions`, bearer(DEV_API_SECRET))).status).toBe(401)
    run.child.kill('SIGTERM')
    expect(await run.exit).toBe(0)
  })

  it.each([
    [['--bogus'], /Unknown option '--bogus'/],
    [['--port', 'abc'], /--port must be a whole number/],
    [['--port', '70000'], /--port must be a whole number from 0 to 65535/],
    [['--agent-wait-ms', '-5'], /--agent-wait-ms/],
    [['--host', ''], /--host must not be empty/],
    [['stray'], /positional/i],
    [['--api-secret', ''], /--api-secret must not be empty/],
    [['--webhook-url', 'http://127.0.0.1:9/hook'], /--webhook-url needs --webhook-secret/],
    [['--webhook-secret', 'shh'], /--webhook-secret needs --webhook-url/],
    [['--sdk-script-bytes', '3.4MB'], /--sdk-script-bytes must be a whole number from 0 to 67108864/],
  ])('exits with code 2 and says what is wrong for %j', async (args, message) => {
    const run = runCli(args)
    expect(await run.exit).toBe(2)
    expect(run.output()).toMatch(message)
    expect(run.output()).toContain('Usage: cobrowse-emulator')
  })

  it('refuses a webhook URL the emulator cannot post to, with a hint, before listening', async () => {
    const run = runCli(['--port', '0', '--webhook-url', 'localhost:3000', '--webhook-secret', 'shh'])
    expect(await run.exit).toBe(2)
    expect(run.output()).toMatch(/not an absolute http\(s\) URL\nGive the full URL/)
    expect(run.output()).not.toContain('listening on')
  })

  it('sends signed webhooks to every --webhook-url', async () => {
    const secret = 'webhook-secret-token'
    const received: Array<{ event: string; signed: boolean }> = []
    let sessionStarted: () => void = () => {}
    const started = new Promise<void>((resolve) => {
      sessionStarted = resolve
    })
    const receiver = createServer(async (req, res) => {
      const body = await readText(req)
      const { event, payload } = JSON.parse(body) as { event: string; payload: { plainToken?: string } }
      const timestamp = String(req.headers['x-zm-request-timestamp'])
      const expected = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`
      received.push({ event, signed: req.headers['x-zm-signature'] === expected })
      const plainToken = payload.plainToken ?? ''
      const reply =
        event === 'endpoint.url_validation'
          ? { plainToken, encryptedToken: createHmac('sha256', secret).update(plainToken).digest('hex') }
          : {}
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(reply))
      if (event === 'cobrowse.session_started') sessionStarted()
    })
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
    const hook = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/zoom`
    const run = runCli(['--port', '0', '--webhook-url', hook, '--webhook-secret', secret])
    try {
      const [, url = ''] = await waitForOutput(run, /listening on (http:\/\/\S+)\n[\s\S]*Webhooks:.*\n/)
      expect(run.output()).toContain(`Webhooks:     ${hook}`)
      const customer = await openCustomer(url)
      customer.send(
        startMessage({ sdkKey: 'emulator-dev-key', sdkSecret: 'emulator-dev-secret-do-not-use-in-production' }),
      )
      await customer.next('started')
      await started
      expect(received.slice(0, 2)).toEqual([
        { event: 'endpoint.url_validation', signed: true },
        { event: 'cobrowse.session_started', signed: true },
      ])
    } finally {
      run.child.kill('SIGTERM')
      await run.exit
      receiver.closeAllConnections()
      await new Promise((resolve) => receiver.close(resolve))
    }
  })

  it('serves the customer SDK padded to --sdk-script-bytes, and says so', async () => {
    const run = runCli(['--port', '0', '--sdk-script-bytes', '3400000'])
    try {
      const [, url = ''] = await waitForOutput(run, /listening on (http:\/\/\S+)\n[\s\S]*API secret:.*\n/)
      expect(run.output()).toMatch(/Customer SDK: .*\/js \(padded to 3400000 bytes\)\n/)
      const response = await fetch(`${url}${PATHS.customerSdkPrefix}emulator-dev-key/js/3.9.0`)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-length')).toBe('3400000')
      const script = await response.text()
      expect(Buffer.byteLength(script)).toBe(3_400_000)
      expect(script).toContain('ZoomCobrowseSDK')
      expect(() => new Function(script)).not.toThrow()
    } finally {
      run.child.kill('SIGTERM')
      await run.exit
    }
  })

  it('prints usage for --help', async () => {
    const run = runCli(['--help'])
    expect(await run.exit).toBe(0)
    expect(run.output()).toContain('--recovery-window-ms')
    expect(run.output()).toContain('--sdk-script-bytes')
  })
})
