// Runs `src/server.ts` as `npm start` does, in a child process on a free port with its own data folder.
import { type ChildProcess, spawn } from 'node:child_process'
import { createServer } from 'node:net'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../..')

export type RealServer = {
  child: ChildProcess
  output: () => string
  stop: (signal?: NodeJS.Signals) => Promise<{ code: null | number; ms: number }>
  url: string
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })
}

export async function startRealServer({
  dataDir,
  env = {},
  readyTimeoutMs = 300_000,
}: {
  dataDir: string
  env?: Record<string, string>
  readyTimeoutMs?: number
}): Promise<RealServer> {
  const port = await freePort()
  let output = ''
  const child = spawn(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'src/server.ts'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: `file:${path.join(dataDir, 'nguon.db')}`,
      NGUON_DATA_DIR: dataDir,
      NODE_ENV: '',
      PAYLOAD_SECRET: '',
      PORT: String(port),
      ...env,
    } as unknown as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server not ready in ${readyTimeoutMs} ms:\n${output}`)), readyTimeoutMs)
    const poll = setInterval(() => {
      if (output.includes(' is running')) {
        clearInterval(poll)
        clearTimeout(timer)
        resolve()
      }
    }, 100)
    void exited.then((code) => {
      clearInterval(poll)
      clearTimeout(timer)
      reject(new Error(`server exited with ${code} before it was ready:\n${output}`))
    })
  })
  return {
    child,
    output: () => output,
    stop: async (signal = 'SIGTERM') => {
      const started = Date.now()
      if (child.exitCode !== null) return { code: child.exitCode, ms: 0 }
      child.kill(signal)
      const code = await exited
      return { code, ms: Date.now() - started }
    },
    url: `http://127.0.0.1:${port}`,
  }
}
