import { type ChildProcess, spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { PATHS } from './protocol/paths.js'
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

describe('cobrowse-emulator CLI', () => {
  it('prints where everything is, serves sessions, and exits cleanly on SIGINT with sessions still live', async () => {
    const run = runCli(['--port', '0', '--recovery-window-ms', '60000', '--agent-wait-ms', '60000'])
    const [, url = ''] = await waitForOutput(run, /listening on (http:\/\/\S+)\n[\s\S]*Dev tokens:.*\n/)
    const output = run.output()
    expect(output).toMatch(/SDK key: +emulator-dev-key \(dev default\)/)
    expect(output).toMatch(/SDK secret: +emulator-dev-secret-do-not-use-in-production \(dev default\)/)
    expect(output).toContain(`${url}${PATHS.customerSdkPrefix}emulator-dev-key/js`)
    expect(output).toContain(`${url}${PATHS.desk}?access_token=`)
    expect(output).toContain(`${url}${PATHS.devToken}`)

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
    const run = runCli(['--port', '0', '--sdk-key', 'my-key', '--sdk-secret', 'super-secret-value'])
    await waitForOutput(run, /Dev tokens:.*\n/)
    expect(run.output()).toMatch(/SDK key: +my-key\n/)
    expect(run.output()).toMatch(/SDK secret: +supe…\n/)
    expect(run.output()).not.toContain('super-secret-value')
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
  ])('exits with code 2 and says what is wrong for %j', async (args, message) => {
    const run = runCli(args)
    expect(await run.exit).toBe(2)
    expect(run.output()).toMatch(message)
    expect(run.output()).toContain('Usage: cobrowse-emulator')
  })

  it('prints usage for --help', async () => {
    const run = runCli(['--help'])
    expect(await run.exit).toBe(0)
    expect(run.output()).toContain('--recovery-window-ms')
  })
})
