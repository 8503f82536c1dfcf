import { type ChildProcess, spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

export interface SpawnedEmulator {
  url: string
  sdkKey: string
  sdkSecret: string
  /** Everything the process printed, for failure messages. */
  output(): string
  stop(): Promise<void>
}

const CLI = fileURLToPath(new URL('../../packages/emulator/src/cli.ts', import.meta.url))
const ROOT = fileURLToPath(new URL('../..', import.meta.url))

/**
 * Starts the emulator's CLI as a real process on a free loopback port (from source, like `npm start`), and resolves
 * once it printed its URL.
 */
export function spawnEmulator(flags: string[] = []): Promise<SpawnedEmulator> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--conditions=@cobrowse-kit/source', '--import', 'tsx', CLI, '--port', '0', ...flags],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let printed = ''
  return new Promise<SpawnedEmulator>((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`emulator did not start in 20 s:\n${printed}`)), 20_000)
    const fail = (error: Error) => {
      clearTimeout(timer)
      child.kill('SIGKILL')
      reject(error)
    }
    const onData = (chunk: Buffer) => {
      printed += chunk.toString()
      const url = /https?:\/\/127\.0\.0\.1:\d+/.exec(printed)?.[0]
      const sdkKey = /SDK key\W+(\S+)/i.exec(printed)?.[1]
      const sdkSecret = /SDK secret\W+(\S+)/i.exec(printed)?.[1]
      if (!url || !sdkKey || !sdkSecret) return
      clearTimeout(timer)
      resolve({
        url,
        sdkKey,
        sdkSecret,
        output: () => printed,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done()
            child.once('exit', () => done())
            child.kill('SIGTERM')
          }),
      })
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', (code) => fail(new Error(`emulator exited with ${code}:\n${printed}`)))
  })
}
