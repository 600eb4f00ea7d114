/* Payload's GraphQL API, behind Nguồn's guard (signed-in users, a cost budget: src/http/guardGraphQL.ts). */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { guardGraphQL } from '../../../../http/guardGraphQL'

export const POST = guardGraphQL({ config, handler: GRAPHQL_POST(config) })
export const OPTIONS = REST_OPTIONS(config)
