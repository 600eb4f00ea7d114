type DateValue = Date | null | string | undefined

/** Field validator: the date may not come before the sibling field `earlier`. */
export const notBefore =
  (earlier: string, message: string) =>
  (value: DateValue, { siblingData }: { siblingData: Record<string, unknown> }): string | true => {
    const other = siblingData?.[earlier] as DateValue
    return !value || !other || new Date(value) >= new Date(other) ? true : message
  }
