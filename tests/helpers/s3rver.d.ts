// The part of s3rver 3.7 (no types of its own) that tests/integration/s3-media.test.ts uses.
declare module 's3rver' {
  type S3rverOptions = {
    address?: string
    configureBuckets?: { configs: (Buffer | string)[]; name: string }[]
    directory: string
    port?: number
    silent?: boolean
  }
  export default class S3rver {
    constructor(options: S3rverOptions)
    close(): Promise<void>
    run(): Promise<{ address: string; port: number }>
  }
}
