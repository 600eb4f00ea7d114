// spdx-satisfies 5 ships no types: does the first SPDX expression satisfy the second?
declare module 'spdx-satisfies' {
  export default function satisfies(expression: string, allowed: string): boolean
}
