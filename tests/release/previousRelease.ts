// The previous release (the newest entry of releases.json with a commit), checked out of git and installed with its
// own production dependencies, once per machine: ~/.cache/nguon-releases/<version>-<commit> (NGUON_RELEASE_CACHE).
import { execFileSync, execSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { homedir } from 'node:os'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../..')

export type Release = { commit: string; date: string; version: string }

export function previousRelease(): Release {
  const { releases } = JSON.parse(readFileSync(path.join(root, 'releases.json'), 'utf8')) as { releases: (Omit<Release, 'commit'> & { commit: null | string })[] }
  const released = releases.filter((r): r is Release => Boolean(r.commit))
  const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }
  const previous = released.filter((r) => r.version !== version).at(-1)
  if (!previous) throw new Error('releases.json lists no release before this version')
  return previous
}

/** The directory holding the previous release, ready to run (`npm ci --omit=dev` done). */
export function preparePreviousRelease(release = previousRelease()): { dir: string; release: Release } {
  const cache = process.env.NGUON_RELEASE_CACHE ?? path.join(homedir(), '.cache/nguon-releases')
  const dir = path.join(cache, `${release.version}-${release.commit.slice(0, 12)}`)
  if (existsSync(path.join(dir, '.ready'))) return { dir, release }
  rmSync(dir, { force: true, recursive: true })
  mkdirSync(dir, { recursive: true })
  try {
    execFileSync('git', ['cat-file', '-e', `${release.commit}^{commit}`], { cwd: root, stdio: 'ignore' })
  } catch {
    throw new Error(`commit ${release.commit} of Nguồn ${release.version} is not in this clone (a shallow clone?); fetch the history`)
  }
  execSync(`git archive --format=tar ${release.commit} | tar -x -C "${dir}"`, { cwd: root, stdio: 'inherit' })
  execFileSync('npm', ['ci', '--omit=dev', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: dir, env: { ...process.env, npm_config_update_notifier: 'false' }, stdio: 'inherit' })
  writeFileSync(path.join(dir, '.ready'), `${new Date().toISOString()}\n`)
  return { dir, release }
}
