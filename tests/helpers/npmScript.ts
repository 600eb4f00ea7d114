// The command an npm script runs, read from package.json, so a test starts a process exactly as `npm start` or
// `npm run jobs` does (without npm's own start-up): `cross-env NODE_OPTIONS="…" node …args`.
import { readFileSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../..')

export type ScriptCommand = { args: string[]; env: { NODE_OPTIONS: string } }

export function npmScriptCommand(name: string, dir = root): ScriptCommand {
  const { scripts } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
  const script = scripts[name]
  const parsed = /^cross-env NODE_OPTIONS=\\?"([^"\\]*)\\?" node (.+)$/.exec(script ?? '')
  if (!parsed) throw new Error(`npm script "${name}" is not \`cross-env NODE_OPTIONS="…" node …\`: ${script}`)
  return { args: parsed[2]!.split(' '), env: { NODE_OPTIONS: parsed[1]! } }
}
