// Nguồn's mark: a spring (nguồn) as three ripples under a drop, in the flag's red; no image file, no outside request.
export function NguonMark({ size = 32 }: { size?: number }) {
  return (
    <svg aria-hidden="true" data-testid="nguon-mark" focusable="false" height={size} viewBox="0 0 32 32" width={size}>
      <rect fill="#DA251D" height="32" rx="7" width="32" />
      <path d="M16 5c3.2 4 5.5 7.2 5.5 10.2A5.5 5.5 0 0 1 10.5 15.2C10.5 12.2 12.8 9 16 5z" fill="#FFDD00" />
      <path d="M7 22.5c3-1.6 6-1.6 9 0s6 1.6 9 0" fill="none" stroke="#fff" strokeLinecap="round" strokeWidth="2" />
      <path d="M9.5 26.5c2.2-1.1 4.4-1.1 6.5 0s4.3 1.1 6.5 0" fill="none" stroke="#fff" strokeLinecap="round" strokeWidth="2" />
    </svg>
  )
}
