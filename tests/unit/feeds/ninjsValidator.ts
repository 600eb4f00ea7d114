// Validates ninjs 3.1 documents with the IPTC schema kept in tests/fixtures/ninjs.
import { readFileSync } from 'node:fs'

import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'

export const ninjsFixture = (name: string) => JSON.parse(readFileSync(new URL(`../../fixtures/ninjs/${name}`, import.meta.url), 'utf8'))

/** A validator for IPTC ninjs 3.1, as the schema's SOURCE.txt prescribes. */
export function ninjsValidator() {
  const ajv = new Ajv2020({ allErrors: true })
  addFormats(ajv)
  // The ninjs schema refers to GeoJSON by URL; offline it must be registered first.
  ajv.addSchema(ninjsFixture('GeoJSON-schema.json'))
  return ajv.compile(ninjsFixture('ninjs-schema_3.1.json'))
}

