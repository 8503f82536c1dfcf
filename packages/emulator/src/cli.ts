import { parseArgs } from 'node:util'
import { EmulatorOptionsError } from './config/EmulatorOptionsError.js'
import type { EmulatorOptions } from './config/emulatorOptions.js'
import { REST_FIDELITY } from './config/restFidelity.js'
import { MAX_SDK_SCRIPT_BYTES } from './http/customerSdkPadding.js'
import { PATHS } from './protocol/paths.js'
import { DEFAULT_HOST, DEFAULT_PORT, type RunningEmulator, startEmulator } from './startEmulator.js'

const USAGE = `Usage: cobrowse-emulator [options]

A local stand-in for Zoom's cobrowse service (development and tests only).

Options:
  --port <n>                 port to listen on (default ${DEFAULT_PORT}; 0 picks a free port)
  --host <host>              address to bind (default ${DEFAULT_HOST})
  --sdk-key <key>            SDK key scripts and tokens must use (default: a dev key)
  --sdk-secret <secret>      secret tokens are signed with (default: a dev secret)
  --api-key <key>            API key REST bearer tokens name as iss (default: a dev key)
  --api-secret <secret>      secret REST bearer tokens are signed with (default: a dev secret)
  --webhook-url <url>        send Zoom's cobrowse webhooks here (repeat for several receivers)
  --webhook-secret <token>   Secret Token that signs webhooks (required with --webhook-url)
  --recovery-window-ms <n>   how long a reloading customer may take to come back (default 120000, as Zoom)
  --agent-wait-ms <n>        how long agents wait for an absent customer (default 180000, as Zoom)
  --sdk-script-bytes <n>     pad the customer SDK script to n bytes, e.g. 3400000 for Zoom's size (default: unpadded)
  --help                     show this help
`

/** Exit code for bad usage, as most command-line tools use it. */
const USAGE_ERROR = 2
/** The longest delay `setTimeout` honours (about 24.8 days); longer ones fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1

type CliOptions = Omit<EmulatorOptions, 'log'>

/** Turns argv into emulator options, or a message saying what is wrong with them. */
function readOptions(args: string[]): { help: true } | { help: false; options: CliOptions } | { error: string } {
  let values: ReturnType<typeof parse>['values']
  try {
    values = parse(args).values
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) }
  }
  if (values.help) return { help: true }
  const options: CliOptions = {}
  const timing: NonNullable<CliOptions['timing']> = {}
  const numbers = [
    ['port', values.port, 65_535],
    ['recovery-window-ms', values['recovery-window-ms'], MAX_TIMER_MS],
    ['agent-wait-ms', values['agent-wait-ms'], MAX_TIMER_MS],
    ['sdk-script-bytes', values['sdk-script-bytes'], MAX_SDK_SCRIPT_BYTES],
  ] as const
  for (const [flag, text, max] of numbers) {
    if (text === undefined) continue
    const value = Number(text)
    if (!/^\d+$/.test(text) || value > max) return { error: `--${flag} must be a whole number from 0 to ${max}` }
    if (flag === 'port') options.port = value
    else if (flag === 'recovery-window-ms') timing.recoveryWindowMs = value
    else if (flag === 'agent-wait-ms') timing.agentWaitMs = value
    else options.sdkScriptBytes = value
  }
  for (const [flag, text] of [
    ['host', values.host],
    ['sdk-key', values['sdk-key']],
    ['sdk-secret', values['sdk-secret']],
    ['api-key', values['api-key']],
    ['api-secret', values['api-secret']],
    ['webhook-secret', values['webhook-secret']],
  ] as const) {
    if (text === '') return { error: `--${flag} must not be empty` }
  }
  if (values.host !== undefined) options.host = values.host
  if (values['sdk-key'] !== undefined) options.sdkKey = values['sdk-key']
  if (values['sdk-secret'] !== undefined) options.sdkSecret = values['sdk-secret']
  if (values['api-key'] !== undefined) options.apiKey = values['api-key']
  if (values['api-secret'] !== undefined) options.apiSecret = values['api-secret']
  const urls = values['webhook-url'] ?? []
  const secretToken = values['webhook-secret']
  if (urls.length > 0 && secretToken === undefined) return { error: '--webhook-url needs --webhook-secret' }
  if (urls.length === 0 && secretToken !== undefined) return { error: '--webhook-secret needs --webhook-url' }
  if (secretToken !== undefined) options.webhooks = { urls, secretToken }
  if (Object.keys(timing).length > 0) options.timing = timing
  return { help: false, options }
}

function parse(args: string[]) {
  return parseArgs({
    args,
    strict: true,
    allowPositionals: false,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'sdk-key': { type: 'string' },
      'sdk-secret': { type: 'string' },
      'api-key': { type: 'string' },
      'api-secret': { type: 'string' },
      'webhook-url': { type: 'string', multiple: true },
      'webhook-secret': { type: 'string' },
      'recovery-window-ms': { type: 'string' },
      'agent-wait-ms': { type: 'string' },
      'sdk-script-bytes': { type: 'string' },
      help: { type: 'boolean' },
    },
  })
}

async function main(): Promise<void> {
  const read = readOptions(process.argv.slice(2))
  if ('error' in read) {
    process.stderr.write(`cobrowse-emulator: ${read.error}\n\n${USAGE}`)
    process.exitCode = USAGE_ERROR
    return
  }
  if (read.help) {
    process.stdout.write(USAGE)
    return
  }
  const log = (line: string) => process.stdout.write(`${new Date().toISOString()} ${line}\n`)
  // Handlers go in before anything is printed: a supervisor may signal as soon as it sees the banner.
  let running: RunningEmulator | undefined
  let stopping = false
  const stop = (signal: string) => {
    if (stopping) return
    stopping = true
    log(`${signal}: shutting down`)
    running?.close().catch(fail)
  }
  process.once('SIGINT', () => stop('SIGINT'))
  process.once('SIGTERM', () => stop('SIGTERM'))

  try {
    running = await startEmulator({ ...read.options, log })
  } catch (error) {
    // Options the parser cannot judge (a webhook URL, say) are refused by the emulator itself, with a hint.
    if (!(error instanceof EmulatorOptionsError)) throw error
    process.stderr.write(`cobrowse-emulator: ${error.message}\n${error.hint}\n`)
    process.exitCode = USAGE_ERROR
    return
  }
  if (stopping) {
    await running.close()
    return
  }
  process.stdout.write(banner(running, read.options))
}

function banner(running: RunningEmulator, given: CliOptions): string {
  const { apiKey, apiSecret } = running.emulator
  const lines = [
    `Cobrowse emulator listening on ${running.url}`,
    `  SDK key:      ${running.sdkKey}${given.sdkKey === undefined ? ' (dev default)' : ''}`,
    `  SDK secret:   ${showSecret(running.sdkSecret, given.sdkSecret)}`,
    `  Customer SDK: ${running.url}${PATHS.customerSdkPrefix}${encodeURIComponent(running.sdkKey)}/js${padded(given)}`,
    `  Agent desk:   ${running.url}${PATHS.desk}?access_token={AGENT_JWT}`,
    `  Dev tokens:   POST ${running.url}${PATHS.devToken} {"role":1|2}`,
    `  REST API:     ${running.url}${REST_FIDELITY.prefix} (Authorization: Bearer {HS256 JWT, iss = API key})`,
    `  API key:      ${apiKey}${given.apiKey === undefined ? ' (dev default)' : ''}`,
    `  API secret:   ${showSecret(apiSecret, given.apiSecret)}`,
  ]
  if (given.webhooks) lines.push(`  Webhooks:     ${given.webhooks.urls.join(', ')}`)
  return `${lines.join('\n')}\n`
}

function padded(given: CliOptions): string {
  return given.sdkScriptBytes === undefined ? '' : ` (padded to ${given.sdkScriptBytes} bytes)`
}

/** A secret given on the command line may be a real one: show only enough of it to recognise it. */
function showSecret(secret: string, given: string | undefined): string {
  return given === undefined ? `${secret} (dev default)` : `${secret.slice(0, 4)}…`
}

function fail(error: unknown): void {
  process.stderr.write(`cobrowse-emulator: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 1
}

main().catch(fail)
