// beforeOperation: an uploaded or replaced media file is judged by its bytes before Payload stores anything; the stored
// type is the one the content has (src/media/uploadContent.ts).
import type { CollectionBeforeOperationHook } from 'payload'

import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type'

import { describeUploadRefusal, judgeUploadContent, MEDIA_CONTENT_TYPES } from '../../src/media/uploadContent'
import { Refusal } from '../../src/workflow/refusal'

type UploadedFile = { data?: Buffer; mimetype?: string; tempFilePath?: string }

async function detect(file: UploadedFile): Promise<string | undefined> {
  try {
    const found = file.tempFilePath && !file.data?.length ? await fileTypeFromFile(file.tempFilePath) : file.data ? await fileTypeFromBuffer(file.data) : undefined
    return found?.mime
  } catch {
    return undefined
  }
}

export const checkUploadContent: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file as undefined | UploadedFile
  if (!file) return args
  // Without a user, access refuses the request next (403); a server write (overrideAccess) is checked like any other.
  if (!req.user && !(args as { overrideAccess?: boolean }).overrideAccess) return args
  const verdict = judgeUploadContent({ allowed: MEDIA_CONTENT_TYPES, declared: file.mimetype, detected: await detect(file) })
  if (!verdict.ok) throw new Refusal(describeUploadRefusal(verdict, req.i18n?.language === 'en' ? 'en' : 'vi'), 400, null)
  file.mimetype = verdict.mimeType
  return args
}
