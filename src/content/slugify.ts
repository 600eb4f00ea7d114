// Turns a Vietnamese or English title into a URL slug: diacritics dropped, đ → d, words joined by hyphens.
export function slugify(text: string, maxLength = 96): string {
  // Every run of other characters becomes one hyphen, so each end holds at most one hyphen to trim.
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, maxLength)
    .replace(/-$/, '')
}
