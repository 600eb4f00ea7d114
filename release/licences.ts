// `npm run licences`: the licence of every production dependency, checked against release/licencePolicy.ts.
// Exits 1 when one is not allowed, unknown, or only guessed (each named, with what to do).
import { init, type ModuleInfos } from 'license-checker-rseidelsohn'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import { judgeLicence } from './licencePolicy'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const CLARIFICATIONS = path.join(root, 'release/licence-clarifications.json')

export type ProductionPackage = { licenseFile?: string; licenses: string | string[] | undefined; name: string; version: string }

/** The production dependency tree as installed (node_modules), with licences clarified; the product itself left out. */
export async function productionPackages(start = root): Promise<ProductionPackage[]> {
  const infos = await new Promise<ModuleInfos>((resolve, reject) =>
    init(
      { clarificationsFile: CLARIFICATIONS, excludePrivatePackages: true, production: true, start, unknown: true } as Parameters<typeof init>[0],
      (err, ret) => (err ? reject(err) : resolve(ret)),
    ),
  )
  return Object.entries(infos)
    .map(([id, info]) => {
      const at = id.lastIndexOf('@')
      return { licenseFile: info.licenseFile, licenses: info.licenses, name: id.slice(0, at), version: id.slice(at + 1) }
    })
    .sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version))
}

async function main(): Promise<void> {
  const packages = await productionPackages()
  const counts = new Map<string, number>()
  const refused: string[] = []
  for (const pkg of packages) {
    const verdict = judgeLicence({ licenses: pkg.licenses, name: `${pkg.name}@${pkg.version}` })
    counts.set(verdict.licence, (counts.get(verdict.licence) ?? 0) + 1)
    if (!verdict.allowed) refused.push(verdict.reason)
  }
  const summary = [...counts].sort((a, b) => b[1] - a[1]).map(([licence, n]) => `${licence} ${n}`)
  console.log(`licences: ${packages.length} production packages: ${summary.join(', ')}`)
  if (refused.length) {
    for (const reason of refused) console.error(`licences: refused: ${reason}`)
    process.exit(1)
  }
  console.log('licences: every production dependency has an allowed licence')
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((err: unknown) => {
    console.error('licences: check failed:', err)
    process.exit(1)
  })
}
