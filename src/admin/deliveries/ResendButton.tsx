'use client'
// The delivery edit view's "Resend": asks the server to send the same message (same webhook-id, same body) again.
import { Button, toast, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { serverMessage } from '../workflow/serverMessage'
import { uiLanguage } from '../workflow/words'

const WORDS = {
  resend: { en: 'Resend', vi: 'Gửi lại' },
  queued: { en: 'Queued to be sent again, from attempt one:', vi: 'Đã xếp lịch gửi lại từ lần đầu:' },
  networkError: { en: 'The server could not be reached.', vi: 'Không kết nối được với máy chủ.' },
  working: { en: 'Sending…', vi: 'Đang gửi…' },
} as const

type ResendAnswer = { doc?: { webhookId?: string }; error?: string }

export function ResendDeliveryButton() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const router = useRouter()
  const language = uiLanguage(i18n.language)
  const [isBusy, setIsBusy] = useState(false)

  if (!id) return null

  const resend = async () => {
    setIsBusy(true)
    try {
      const res = await fetch(`${config.routes.api}/deliveries/${id}/resend`, { credentials: 'include', method: 'POST' })
      const body = (await res.json().catch(() => null)) as null | ResendAnswer
      if (res.ok) toast.success(`${WORDS.queued[language]} ${body?.doc?.webhookId ?? `#${id}`}`)
      else toast.error(serverMessage(body, language, res.status))
      router.refresh()
    } catch {
      toast.error(WORDS.networkError[language])
    } finally {
      setIsBusy(false)
    }
  }

  return (
    <Button
      buttonStyle="secondary"
      disabled={isBusy}
      extraButtonProps={{ 'data-testid': 'delivery-resend' }}
      id="delivery-resend"
      margin={false}
      onClick={() => void resend()}
      size="medium"
      type="button"
    >
      {isBusy ? WORDS.working[language] : WORDS.resend[language]}
    </Button>
  )
}
