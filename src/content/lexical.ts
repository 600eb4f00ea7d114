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

type LexicalNode = { children?: unknown[]; listType?: string; start?: number; text?: string; type?: string; value?: number }

// Nodes that flow inside a line; every other node with children is a block of its own.
const INLINE_TYPES = new Set(['autolink', 'linebreak', 'link', 'tab', 'text'])

const isNode = (node: unknown): node is LexicalNode => Boolean(node) && typeof node === 'object'
const childrenOf = (node: LexicalNode): LexicalNode[] => (Array.isArray(node.children) ? node.children.filter(isNode) : [])
const isInline = (node: LexicalNode) =>
  typeof node.text === 'string' ||
  // Stryker disable next-line StringLiteral: no inline type is '', so a node without a type misses the set as it would with any other stand-in
  INLINE_TYPES.has(node.type ?? '')

/** The text of inline nodes; a line break stays a line break. */
function inlineText(nodes: unknown[]): string {
  // Stryker disable next-line MethodExpression: every caller passes children already filtered by childrenOf
  return nodes
    .filter(isNode)
    .map((node) => {
      if (typeof node.text === 'string')
        // Stryker disable next-line StringLiteral: Lexical saves a tab's text as '\t', which linesOf reads as one space anyway
        return node.type === 'tab'
          ? ' '
          : node.text
      if (node.type === 'linebreak') return '\n'
      if (node.type === 'tab') return ' '
      return inlineText(childrenOf(node))
    })
    .join('')
}

const linesOf = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter(Boolean)

/** The lines of a list: one per item, "- " or its number first, nested lists indented under their item. */
function listLines(list: LexicalNode, depth: number): string[] {
  const indent = '  '.repeat(depth)
  let number = typeof list.start === 'number' ? list.start : 1
  const lines: string[] = []
  for (const item of childrenOf(list)) {
    const children = childrenOf(item)
    const own = linesOf(inlineText(children.filter(isInline)))
    if (own.length) {
      const marker = list.listType === 'number' ? `${typeof item.value === 'number' ? item.value : number}. ` : '- '
      number = (typeof item.value === 'number' ? item.value : number) + 1
      lines.push(`${indent}${marker}${own[0]}`, ...own.slice(1).map((line) => `${indent}  ${line}`))
    }
    for (const nested of children.filter((child) => !isInline(child))) {
      lines.push(
        // Stryker disable next-line StringLiteral: a nested list read as a block gives the same lines, its items indented the same two spaces deeper
        ...(nested.type === 'list'
          ? listLines(nested, depth + 1)
          : blocksOf(nested).flat().map((line) => `${indent}  ${line}`))
      )
    }
  }
  return lines
}

/** A block node as blocks of lines: a paragraph, heading or quote is one block, a list one block of item lines, a table one block per row with a line per cell. */
function blocksOf(node: LexicalNode): string[][] {
  const children = childrenOf(node)
  if (node.type === 'list') return [listLines(node, 0)]
  if (node.type === 'table') {
    return children.map((row) => childrenOf(row).flatMap((cell) => blocksOf(cell).flat()))
  }
  // Stryker disable next-line LogicalOperator: with && an inline-only block goes through the loop below, which flushes it as the same one block
  if (children.length === 0 || children.every(isInline)) return [linesOf(inlineText(children))]
  // A container (table cell, block, a quote holding paragraphs): its inline runs and block children in order.
  const blocks: string[][] = []
  // Stryker disable next-line ArrayDeclaration: inlineText drops what is not a node, and an empty block is dropped by every reader
  let run: LexicalNode[] = []
  const flush = () => {
    if (run.length) blocks.push(linesOf(inlineText(run)))
    // Stryker disable next-line ArrayDeclaration: inlineText drops what is not a node, and an empty block is dropped by every reader
    run = []
  }
  for (const child of children) {
    if (isInline(child)) run.push(child)
    else {
      flush()
      blocks.push(...blocksOf(child))
    }
  }
  flush()
  return blocks
}

/**
 * The plain text of a Lexical document with its structure: paragraphs, headings, quotes, lists and table rows are
 * separated by blank lines; list items, table cells and line breaks start a new line (bullets as "- ", numbered
 * items with their number), so spoken renderings can end a sentence at each of them.
 */
export function textFromLexical(doc: unknown): string {
  const root = (doc as { root?: LexicalNode } | null)?.root
  if (!isNode(root)) return ''
  // Stryker disable next-line StringLiteral: the override only has to be neither 'list' nor 'table', and '' is neither
  return blocksOf({ ...root, type: 'root' })
    .map((lines) => lines.join('\n'))
    .filter(Boolean)
    .join('\n\n')
}
