import type { ArrayField } from 'payload'

import { label } from '../i18n/label'

/**
 * An array's row words in both admin languages: "Thêm: Khung giờ" on the add button and "Khung giờ 1" on each row
 * (Payload would otherwise make "Slot 01" from the field name). `summaryField` adds that field's text to the row label.
 */
export const numberedRows = (vi: string, en: string, { plural, summaryField }: { plural?: [string, string]; summaryField?: string } = {}): Pick<ArrayField, 'admin' | 'labels'> => ({
  admin: { components: { RowLabel: { clientProps: { en, summaryField, vi }, path: '/src/admin/NumberedRowLabel#NumberedRowLabel' } } },
  labels: { plural: plural ? label(...plural) : label(vi, en), singular: label(vi, en) },
})
