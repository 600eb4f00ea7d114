// A refused write or decision: a public 4xx with a bilingual reason, logged at info level (it is the rules working, not a fault).
import { APIError } from 'payload'

export class Refusal extends APIError {
  constructor(message: string, status: number, data: null | Record<string, unknown> = null) {
    super(message, status, data, true)
    this.name = 'Refusal'
  }
}
