// Keeps rendered slogan proofs in memory, keyed by what they show, with a strong ETag of their bytes.
import { createHash } from 'node:crypto'

import type { ProofFormat } from '../../src/proofs/formats'
import type { ProofColors, ProofType } from '../../src/proofs/renderSloganProof'
import { loadProofRenderer } from './loadProofRenderer'

export type CachedProof = { body: Buffer; etag: string; mimeType: string }
export type ProofInput = { text: string; format: ProofFormat; type: ProofType; colors: ProofColors }

// A poster PNG is a few hundred kilobytes; this keeps every format of a campaign's slogans in both languages.
const MAX_CACHE_BYTES = 64 * 1024 * 1024

const cache = new Map<string, CachedProof>()
const inFlight = new Map<string, Promise<CachedProof>>()
let cachedBytes = 0

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('base64url')

export const proofCacheKey = (input: ProofInput) =>
  sha256(JSON.stringify([input.text.normalize('NFC'), input.format, input.type, input.colors.background.toUpperCase(), input.colors.text.toUpperCase()]))

function remember(key: string, proof: CachedProof): void {
  cache.set(key, proof)
  cachedBytes += proof.body.length
  // Oldest first: Map keeps insertion order, and a hit re-inserts its entry.
  for (const [oldKey, old] of cache) {
    if (cachedBytes <= MAX_CACHE_BYTES) break
    cache.delete(oldKey)
    cachedBytes -= old.body.length
  }
}

/** The proof for `input`, rendered once; concurrent requests for the same proof share one rendering. */
export async function cachedSloganProof(input: ProofInput): Promise<CachedProof> {
  const key = proofCacheKey(input)
  const hit = cache.get(key)
  if (hit) {
    cache.delete(key)
    cache.set(key, hit)
    return hit
  }
  const pending = inFlight.get(key)
  if (pending) return pending
  const rendering = loadProofRenderer()
    .then(({ renderSloganProof }) => renderSloganProof({ colors: input.colors, format: input.format, text: input.text, type: input.type }))
    .then((proof) => {
      const body = typeof proof.body === 'string' ? Buffer.from(proof.body, 'utf8') : proof.body
      const cached: CachedProof = { body, etag: `"${sha256(body)}"`, mimeType: proof.mimeType }
      remember(key, cached)
      return cached
    })
    .finally(() => inFlight.delete(key))
  inFlight.set(key, rendering)
  return rendering
}
