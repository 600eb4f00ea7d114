// `npm run release`: the bundle a province installs offline. In artifacts/release/:
//   nguon-X.Y.Z-linux-x64.tar.gz   one folder nguon-X.Y.Z/: every tracked file of the commit (the complete source,
//                                  README, LICENSE, THIRD-PARTY-NOTICES, migrations), the built admin (.next) and
//                                  the production dependencies (node_modules, as npm ci --omit=dev installs them), so `npm start`
//                                  runs with Node 20 alone
//   nguon-X.Y.Z.cdx.json           CycloneDX SBOM of what the bundle ships (@cyclonedx/cyclonedx-npm)
//   SHA256SUMS                     for `sha256sum -c SHA256SUMS`
// Options: --allow-dirty (bundle the working tree's tracked files; for trying the script), --reuse-build (keep an
// existing .next instead of building it again).
import { execFileSync, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cpSync, createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { root } from './licences'

const args = new Set(process.argv.slice(2))
const outDir = path.join(root, 'artifacts/release')
/** Build output the bundle does not need: Next's compiler cache and build traces. */
const NEXT_LEFT_OUT = new Set(['cache', 'trace', 'trace-build', 'diagnostics'])

function run(command: string, argv: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): void {
  const result = spawnSync(command, argv, { cwd: options.cwd ?? root, env: options.env ?? process.env, stdio: 'inherit' })
  if (result.status !== 0) throw new Error(`${command} ${argv.join(' ')} failed (exit ${result.status})`)
}

const git = (...argv: string[]) => execFileSync('git', argv, { cwd: root, encoding: 'utf8' }).trim()

async function sha256(file: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

function duBytes(dir: string): number {
  return Number(execFileSync('du', ['-sb', dir], { encoding: 'utf8' }).split('\t')[0])
}

type LockedPackage = { devOptional?: boolean; integrity?: string; optional?: boolean; version?: string }
const lockedPackages = (lockfile: string): Record<string, LockedPackage> =>
  (JSON.parse(readFileSync(lockfile, 'utf8')) as { packages?: Record<string, LockedPackage> }).packages ?? {}

/**
 * True when node_modules is the lockfile's tree as npm ci installed it: its hidden lockfile lists every package of the
 * lockfile (but optional ones for other platforms) at the same version and integrity.
 */
function isLockfileTree(): boolean {
  const installed = path.join(root, 'node_modules/.package-lock.json')
  if (!existsSync(installed)) return false
  const want = lockedPackages(path.join(root, 'package-lock.json'))
  const have = lockedPackages(installed)
  const same = (a: LockedPackage, b: LockedPackage) => a.version === b.version && a.integrity === b.integrity
  return (
    Object.entries(have).every(([where, p]) => where !== '' && want[where] !== undefined && same(p, want[where])) &&
    Object.entries(want).every(([where, p]) => where === '' || have[where] !== undefined || p.optional === true || p.devOptional === true)
  )
}

/**
 * The production dependencies in `bundle/node_modules`, exactly as `npm ci --omit=dev` installs them. When the
 * repository's own node_modules is the lockfile's tree (npm ci ran: its hidden lockfile lists the same packages), it is
 * linked in (hard links, nothing copied) and pruned of the dev dependencies, offline: measured here, the
 * same files, links and hidden lockfile as a fresh `npm ci --omit=dev`, in a fraction of its time (which unpacks
 * 1,000 MB again). Otherwise, and if linking fails (another filesystem), npm ci.
 */
function installProductionDependencies(bundle: string): void {
  const npmEnv = { ...process.env, npm_config_update_notifier: 'false' }
  const target = path.join(bundle, 'node_modules')
  if (isLockfileTree() && spawnSync('cp', ['-al', path.join(root, 'node_modules'), target], { stdio: 'inherit' }).status === 0) {
    console.log('release: the production dependencies (the installed lockfile tree, linked and pruned of dev dependencies)…')
    // npm rewrites its hidden lockfile in place: a linked one would rewrite the repository's own as well.
    const hidden = path.join(target, '.package-lock.json')
    rmSync(hidden)
    cpSync(path.join(root, 'node_modules/.package-lock.json'), hidden)
    run('npm', ['prune', '--omit=dev', '--no-audit', '--no-fund', '--offline'], { cwd: bundle, env: npmEnv })
    // What tools left in node_modules (vite's caches) and the folders prune emptied are not part of an install.
    for (const entry of readdirSync(target)) if (entry.startsWith('.') && entry !== '.bin' && entry !== '.package-lock.json') rmSync(path.join(target, entry), { force: true, recursive: true })
    run('find', [target, '-type', 'd', '-empty', '-delete'])
    return
  }
  rmSync(target, { force: true, recursive: true })
  console.log('release: installing the production dependencies (npm ci --omit=dev)…')
  run('npm', ['ci', '--omit=dev', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: bundle, env: npmEnv })
}

async function main(): Promise<void> {
  const started = Date.now()
  const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }
  if (process.platform !== 'linux' || process.arch !== 'x64') throw new Error(`release bundles are built on linux-x64 (their native modules are), not ${process.platform}-${process.arch}`)
  const dirty = git('status', '--porcelain', '--untracked-files=no') !== ''
  if (dirty && !args.has('--allow-dirty')) throw new Error('the working tree has uncommitted changes; commit them (a release is made from a commit) or pass --allow-dirty')
  const commit = git('rev-parse', 'HEAD') + (dirty ? '-dirty' : '')
  const top = `nguon-${version}`
  const tarball = `${top}-linux-x64.tar.gz`
  const sbom = `${top}.cdx.json`
  const stage = path.join(outDir, 'stage')
  const bundle = path.join(stage, top)
  rmSync(outDir, { force: true, recursive: true })
  mkdirSync(bundle, { recursive: true })

  console.log(`release: ${top} from ${commit.slice(0, 12)}`)
  for (const file of git('ls-files', '-z').split('\0').filter(Boolean)) {
    mkdirSync(path.dirname(path.join(bundle, file)), { recursive: true })
    cpSync(path.join(root, file), path.join(bundle, file))
  }
  writeFileSync(path.join(bundle, 'RELEASE'), `Nguồn ${version}\ncommit ${commit}\nbuilt ${new Date().toISOString()} with Node ${process.version} for linux-x64\n`)

  if (!(args.has('--reuse-build') && existsSync(path.join(root, '.next/BUILD_ID')))) {
    console.log('release: building the admin (next build)…')
    run('npm', ['run', 'build'], { env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } })
  }
  cpSync(path.join(root, '.next'), path.join(bundle, '.next'), {
    filter: (source) => !NEXT_LEFT_OUT.has(path.relative(path.join(root, '.next'), source).split(path.sep)[0]!),
    recursive: true,
    verbatimSymlinks: true, // .next/node_modules links to ../../node_modules/<package>, which the bundle has
  })

  installProductionDependencies(bundle)
  const unpackedBytes = duBytes(bundle)

  console.log('release: writing the SBOM…')
  run(process.execPath, [
    path.join(root, 'node_modules/@cyclonedx/cyclonedx-npm/bin/cyclonedx-npm-cli.js'),
    '--omit', 'dev', '--output-format', 'JSON', '--output-reproducible', '--mc-type', 'application',
    '--output-file', path.join(outDir, sbom), path.join(bundle, 'package.json'),
  ])

  console.log('release: packing…')
  // Sorted names, fixed owner and the commit's time on every entry: the same inputs give the same bytes.
  const mtime = `@${git('log', '-1', '--format=%ct')}`
  const tar = `tar --sort=name --mtime=${mtime} --owner=0 --group=0 --numeric-owner -C "${stage}" -cf - "${top}" | gzip -n -6 > "${path.join(outDir, tarball)}"`
  run('bash', ['-o', 'pipefail', '-c', tar])
  rmSync(stage, { force: true, recursive: true })

  const sums = await Promise.all([tarball, sbom].map(async (file) => `${await sha256(path.join(outDir, file))}  ${file}`))
  writeFileSync(path.join(outDir, 'SHA256SUMS'), sums.join('\n') + '\n')
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`
  console.log(
    [
      `release: ${path.relative(root, outDir)}/ in ${Math.round((Date.now() - started) / 1000)} s`,
      `  ${tarball}  ${mb(statSync(path.join(outDir, tarball)).size)} (unpacked ${mb(unpackedBytes)})`,
      `  ${sbom}`,
      ...sums.map((line) => `  sha256 ${line}`),
    ].join('\n'),
  )
}

main().catch((err: unknown) => {
  console.error(`release: ${(err as Error)?.message ?? err}`)
  process.exit(1)
})
