// Builds Lexical rich-text documents from plain text (one paragraph per blank-line-separated block).
export type LexicalDocument = {
  root: {
    children: Record<string, unknown>[]
    direction: 'ltr' | null
    format: ''
    indent: number
    type: 'root'
    version: 1
  }
}

const textNode = (text: string) => ({ detail: 0, format: 0, mode: 'normal', style: '', text, type: 'text', version: 1 })

export function lexicalFromText(text: string): LexicalDocument {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean)
  return {
    root: {
      children: paragraphs.map((paragraph) => ({
        children: [textNode(paragraph)],
        direction: 'ltr',
        format: '',
        indent: 0,
        textFormat: 0,
        type: 'paragraph',
        version: 1,
      })),
      direction: 'ltr',
      format: '',
      indent: 0,
      type: 'root',
      version: 1,
    },
  }
}

/** The plain text of a Lexical document, paragraphs separated by blank lines. */
export function textFromLexical(doc: unknown): string {
  const blocks: string[] = []
  const walk = (node: unknown): string => {
    if (!node || typeof node !== 'object') return ''
    const n = node as { children?: unknown[]; text?: string; type?: string }
    if (typeof n.text === 'string') return n.text
    if (n.type === 'linebreak') return '\n'
    return (n.children ?? []).map(walk).join('')
  }
  const root = (doc as { root?: { children?: unknown[] } } | null)?.root
  for (const child of root?.children ?? []) {
    const text = walk(child).trim()
    if (text) blocks.push(text)
  }
  return blocks.join('\n\n')
}
