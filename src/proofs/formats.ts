// The three print formats a slogan is proofed in: their real size, the pixel grid they are laid out on, and the safe area.

export type ProofFormat = 'banner' | 'poster' | 'pano'

/** A rectangle in the proof's own units: PNG pixels, or SVG viewBox units. */
export type ProofBox = { x: number; y: number; width: number; height: number }

export type PrintSheet = {
  widthMm: number
  heightMm: number
  /** The layout grid; the SVG viewBox and the PNG at scale 1 share it. */
  widthPx: number
  heightPx: number
}

export const PRINT_SHEETS: Record<ProofFormat, PrintSheet> = {
  // 0.8 m × 6 m street banner. The PNG is a preview (long edge 3000 px, 0.5 px/mm ≈ 12.7 dpi); the SVG is what gets printed.
  banner: { widthMm: 6000, heightMm: 800, widthPx: 3000, heightPx: 400 },
  // 6 m wide × 3 m tall roadside panel ("pano"); preview 3000 × 1500 px, same density as the banner.
  pano: { widthMm: 6000, heightMm: 3000, widthPx: 3000, heightPx: 1500 },
  // A2 portrait at 150 dpi, real size: print shops accept it as is.
  poster: { widthMm: 420, heightMm: 594, widthPx: 2480, heightPx: 3508 },
}

export const PROOF_FORMATS = Object.keys(PRINT_SHEETS) as ProofFormat[]

/** Share of each edge kept clear of text: frames, eyelets, hems and trimming eat into it. */
export const SAFE_MARGIN = 0.05

/** The area text may occupy on a sheet of `width` × `height` units: 5% in from each edge, rounded inwards. */
export function safeBoxOf(width: number, height: number): ProofBox {
  const x = Math.ceil(width * SAFE_MARGIN)
  const y = Math.ceil(height * SAFE_MARGIN)
  return { x, y, width: width - 2 * x, height: height - 2 * y }
}

export function isInside(inner: ProofBox, outer: ProofBox): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  )
}
