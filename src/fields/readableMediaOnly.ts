import type { FilterOptions } from 'payload'

/**
 * For upload fields: with any filter set, Payload checks the chosen media against the writer's read access when it
 * validates (without one it only checks the id exists), so nobody attaches another unit's unpublished files by id.
 */
export const readableMediaOnly: FilterOptions = () => true
