// Payload's own admin words that its Vietnamese translation leaves in English or mixes up, and the two language choices named apart.
// Merged over @payloadcms/translations by the config's `i18n.translations`.

export const ADMIN_TRANSLATIONS = {
  vi: {
    authentication: { apiKey: 'Khóa API' },
    fields: {
      block: 'Khối',
      blocks: 'khối',
      blockType: 'Loại khối',
      toggleBlock: 'Thu gọn/Mở rộng',
    },
    general: {
      collections: 'Danh mục',
      email: 'Địa chỉ email',
      globals: 'Cấu hình chung',
      // The top bar's locale switch changes the language of the content being edited, not of the interface.
      language: 'Ngôn ngữ giao diện',
      locale: 'Ngôn ngữ nội dung',
      locales: 'Ngôn ngữ nội dung',
      menu: 'Trình đơn',
    },
  },
  en: {
    general: {
      language: 'Interface language',
      locale: 'Content language',
      locales: 'Content languages',
    },
  },
} as const
