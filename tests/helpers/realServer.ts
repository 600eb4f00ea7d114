// Runs `npm start`'s command (read from package.json) in a child process on a free port with its own data folder.
import { type ChildProcess, spawn } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'

import { npmScriptCommand } from './npmScript'
import { parentPid } from './procStat'

const root = path.resolve(import.meta.dirname, '../..')

export type RealServer = {
  child: ChildProcess
  output: () => string
  /** The process running `src/server.ts`: the child itself, or the deepest process under it that runs the file. */
  serverPid: () => number
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
  const start = npmScriptCommand('start')
  const child = spawn(process.execPath, start.args, {
    cwd: root,
    env: {
      ...process.env,
      ...start.env,
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
    serverPid: () => deepestRunning(child.pid!, 'src/server.ts'),
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

/** Linux: the deepest process at or under `pid` whose command line names `file`. */
function deepestRunning(pid: number, file: string): number {
  const parents = new Map<number, number>()
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    const parent = parentPid(Number(entry))
    // null: gone since the listing
    if (parent !== null) parents.set(Number(entry), parent)
  }
  const runs = (p: number) => readFileSync(`/proc/${p}/cmdline`, 'utf8').split('\0').includes(file)
  let found = runs(pid) ? pid : 0
  for (let level = [pid]; level.length > 0; ) {
    level = [...parents].filter(([, parent]) => level.includes(parent)).map(([child]) => child)
    for (const p of level) if (runs(p)) found = p
  }
  if (!found) throw new Error(`no process runs ${file} at or under ${pid}`)
  return found
}
