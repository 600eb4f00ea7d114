/** The letters of the account picture: "Biên tập viên Sở TT&TT" → "BT" (first and last word); an e-mail address gives its first letter. */
export const initialsOf = (name: null | string | undefined, email: null | string | undefined): string => {
  const words = (name ?? '').trim().split(/\s+/).filter((word) => /^\p{L}/u.test(word))
  if (words.length >= 2) return (words[0]![0]! + words.at(-1)![0]!).toLocaleUpperCase('vi')
  if (words.length === 1) return words[0]!.slice(0, 2).toLocaleUpperCase('vi')
  return (email ?? '?').slice(0, 1).toLocaleUpperCase('vi')
}
