// The small mark Payload shows at the top of the admin (it links home).
import { NguonMark } from './Mark'

export function NguonIcon() {
  return (
    <span className="nguon-icon" data-testid="nguon-icon" title="Nguồn">
      <NguonMark size={18} />
    </span>
  )
}
