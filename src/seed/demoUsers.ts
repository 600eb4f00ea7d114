// The demo accounts: for trying Nguồn out, never for production (they share one published password).
export type DemoUser = {
  email: string
  name: string
  roles: ('admin' | 'editor' | 'reviewer')[]
  /** Unit code from Plan 232, or null for users who work across units. */
  unitCode: null | string
}

export const DEMO_USERS: DemoUser[] = [
  { email: 'admin@nguon.local', name: 'Quản trị viên', roles: ['admin'], unitCode: null },
  { email: 'editor@nguon.local', name: 'Biên tập viên Sở TT&TT', roles: ['editor'], unitCode: 'STTTT' },
  { email: 'editor2@nguon.local', name: 'Biên tập viên Công an tỉnh', roles: ['editor'], unitCode: 'CA' },
  { email: 'reviewer@nguon.local', name: 'Người duyệt', roles: ['reviewer'], unitCode: null },
  { email: 'chief@nguon.local', name: 'Chánh Văn phòng Thường trực', roles: ['editor', 'reviewer'], unitCode: 'VPTT' },
]
