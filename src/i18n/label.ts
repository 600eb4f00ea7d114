// Admin labels in the two admin languages, Vietnamese first.
export type Label = { en: string; vi: string }

export const label = (vi: string, en: string): Label => ({ en, vi })

/** Options for a select field whose labels follow the admin language. */
export const options = <V extends string>(entries: Record<V, [vi: string, en: string]>) =>
  (Object.entries(entries) as [V, [string, string]][]).map(([value, [vi, en]]) => ({
    label: label(vi, en),
    value,
  }))
