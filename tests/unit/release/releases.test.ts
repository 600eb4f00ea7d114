// The list of releases, the changelog and package.json tell one story: every release has a changelog entry, released
// ones name their commit, and the version being built is the newest.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../../..')
const read = (file: string) => readFileSync(path.join(root, file), 'utf8')
type Release = { commit: null | string; date: null | string; version: string }
const { releases } = JSON.parse(read('releases.json')) as { releases: Release[] }
const changelog = read('CHANGELOG.md')
const { version } = JSON.parse(read('package.json')) as { version: string }
const SEMVER = /^(\d+)\.(\d+)\.(\d+)$/
const parts = (v: string) => SEMVER.exec(v)!.slice(1).map(Number)
const isNewer = (a: string, b: string) => {
  const [x, y] = [parts(a), parts(b)]
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i]! > y[i]!
  return false
}

describe('releases.json, CHANGELOG.md and package.json', () => {
  it('list semantic versions, oldest first', () => {
    for (const release of releases) expect(release.version).toMatch(SEMVER)
    for (let i = 1; i < releases.length; i++) expect(isNewer(releases[i]!.version, releases[i - 1]!.version), releases[i]!.version).toBe(true)
  })

  it('name the commit and the date of every released version, and leave only the newest unreleased', () => {
    const released = releases.filter((r) => r.commit)
    for (const release of released) {
      expect(release.commit).toMatch(/^[0-9a-f]{40}$/)
      expect(release.date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    }
    expect(releases.slice(0, -1).every((r) => r.commit), 'only the last entry may be unreleased').toBe(true)
  })

  it('start with 0.1.0, the version in use before releases existed (commit 7bd417d)', () => {
    expect(releases[0]).toEqual({ commit: '7bd417d5e5aa48e6d4d365efb1dccee44173fb75', date: '2026-11-28', version: '0.1.0' })
  })

  it('give every release its changelog entry, released ones with their date, newest first', () => {
    const headings = [...changelog.matchAll(/^## \[(\d+\.\d+\.\d+)\] - (\S+)$/gm)].map((m) => ({ date: m[2], version: m[1] }))
    expect(headings.map((h) => h.version)).toEqual(releases.map((r) => r.version).reverse())
    for (const release of releases) {
      expect(headings.find((h) => h.version === release.version)!.date, release.version).toBe(release.date ?? 'Unreleased')
    }
  })

  it('build the newest listed version', () => {
    expect(version).toBe(releases.at(-1)!.version)
  })
})
