// Lexical documents with structure (headings, lists, quotes, tables, line breaks), shaped as Payload's editor saves them.
type Node = Record<string, unknown>

export const text = (value: string): Node => ({ detail: 0, format: 0, mode: 'normal', style: '', text: value, type: 'text', version: 1 })
export const linebreak = (): Node => ({ type: 'linebreak', version: 1 })
const block = (type: string, children: Node[], extra: Node = {}): Node => ({ children, direction: 'ltr', format: '', indent: 0, type, version: 1, ...extra })

export const paragraph = (...children: (Node | string)[]) => block('paragraph', children.map((child) => (typeof child === 'string' ? text(child) : child)))
export const heading = (value: string, tag = 'h2') => block('heading', [text(value)], { tag })
export const quote = (...children: (Node | string)[]) => block('quote', children.map((child) => (typeof child === 'string' ? text(child) : child)))
export const listItem = (value: number, ...children: (Node | string)[]) =>
  block('listitem', children.map((child) => (typeof child === 'string' ? text(child) : child)), { value })
export const list = (listType: 'bullet' | 'number', items: (Node | string)[], start = 1) =>
  block(
    'list',
    items.map((item, index) => (typeof item === 'string' ? listItem(start + index, item) : item)),
    { listType, start, tag: listType === 'number' ? 'ol' : 'ul' },
  )
export const table = (rows: string[][]) =>
  block(
    'table',
    rows.map((cells) => block('tablerow', cells.map((cell) => block('tablecell', [paragraph(cell)], { headerState: 0 })))),
  )

export const lexicalDoc = (...children: Node[]) => ({ root: block('root', children) })

/** The article of the issue: a paragraph ending in a year, then a bulleted list of headlines. */
export const LIST_AFTER_PARAGRAPH = lexicalDoc(
  paragraph('Ngày Quốc tế Nhân quyền được tổ chức từ năm 1948'),
  list('bullet', ['Thành tựu bảo đảm quyền con người ở Hà Tĩnh', 'Cảnh giác trước luận điệu xuyên tạc']),
)
