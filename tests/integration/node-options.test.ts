// Node 20 can deadlock loading Lexical's Node entry points (see src/nodeOptions.ts); every way we start a
// process that loads the Payload config must pass the options that avoid it.
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

import { lexicalResolvesSafely, NODE_OPTIONS } from '../../src/nodeOptions'
import { testDatabaseKind } from '../helpers/testPayload'

const root = path.resolve(import.meta.dirname, '../..')
const run = promisify(execFile)
const scripts = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts

/** Loads Lexical the way Payload does, in a fresh Node with the given NODE_OPTIONS; resolves with the exit code. */
async function loadLexical(nodeOptions: string): Promise<number> {
  const code = "await import('@payloadcms/richtext-lexical'); console.log(import.meta.resolve('lexical'))"
  try {
    await run(process.execPath, ['--input-type=module', '-e', code], { cwd: root, env: { ...process.env, NODE_OPTIONS: nodeOptions }, timeout: 30_000 })
    return 0
  } catch (error) {
    return (error as { code?: number }).code ?? -1
  }
}

// Nothing here touches a database: it runs once, in the SQLite run (`npm test`), not again on PostgreSQL.
describe.skipIf(testDatabaseKind() === 'postgres')('how our Node processes start', () => {
  it('passes NODE_OPTIONS to every npm script that loads the Payload config', () => {
    for (const name of ['dev', 'build', 'start', 'seed', 'jobs', 'payload', 'generate:types', 'generate:importmap']) {
      expect(scripts[name], name).toContain(`NODE_OPTIONS="${NODE_OPTIONS}"`)
    }
    for (const name of ['test', 'test:integration', 'test:e2e', 'bench:feeds', 'bench:report', 'bench:bulletin']) {
      expect(scripts[name], name).toContain('--conditions=production')
    }
  })

  it('loads Lexical in every one of eight fresh processes with those options', async () => {
    const codes: number[] = []
    for (let i = 0; i < 8; i++) codes.push(await loadLexical(NODE_OPTIONS))
    expect(codes).toEqual([0, 0, 0, 0, 0, 0, 0, 0])
  }, 300_000)

  it('tells a process started with the options from one started without them', async () => {
    const answer = async (nodeOptions: string) => {
      const { stdout } = await run(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'tests/helpers/printLexicalResolution.ts'], {
        cwd: root,
        env: { ...process.env, NODE_OPTIONS: nodeOptions },
      })
      return stdout.trim()
    }
    expect(await answer(NODE_OPTIONS)).toBe('true')
    expect(await answer('--no-deprecation')).toBe('false')
  })

  it('reads the resolved Lexical entry point: the top-level-await one is unsafe', () => {
    expect(lexicalResolvesSafely(() => 'file:///app/node_modules/lexical/Lexical.node.mjs')).toBe(false)
    expect(lexicalResolvesSafely(() => 'file:///app/node_modules/lexical/Lexical.prod.mjs')).toBe(true)
    expect(lexicalResolvesSafely(() => {
      throw new Error('Cannot find package')
    })).toBe(true)
  })
})
