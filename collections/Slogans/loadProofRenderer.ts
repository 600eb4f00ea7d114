// Loads the slogan proof renderer at run time, outside Next's bundle.
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import type * as RendererModule from '../../src/proofs/renderSloganProof'

type Renderer = typeof RendererModule

let loading: Promise<Renderer> | undefined

/**
 * The renderer uses resvg's native addon and reads font files through require.resolve, which Turbopack
 * cannot pack; so it is imported from the source tree when first needed, where tsx (`npm start`) or
 * vitest compiles it, and the bundler is told not to follow the import.
 */
export function loadProofRenderer(): Promise<Renderer> {
  const file = path.join(process.env.NGUON_ROOT ?? process.cwd(), 'src/proofs/renderSloganProof.ts')
  loading ??= import(/* turbopackIgnore: true */ /* webpackIgnore: true */ pathToFileURL(file).href) as Promise<Renderer>
  return loading
}
