// The S3 plugin's per-upload object folder (`_objectKey`): set and read only by the server. No user may write it
// through REST, GraphQL or the Local API with a user (their input is dropped), and no read with access checks shows it;
// our own code reads it with overrideAccess (src/media/serveMediaFile.ts, src/audio/bulletinAudio.ts).
import type { FieldAccess, TextField } from 'payload'

const nobody: FieldAccess = () => false

export const objectKeyAccess = { create: nobody, read: nobody, update: nobody }

export const objectKeyField: TextField = { name: '_objectKey', type: 'text', access: objectKeyAccess, admin: { hidden: true, readOnly: true } }
