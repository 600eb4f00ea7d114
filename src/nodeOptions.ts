// How Nguồn's Node processes must be started, and a check that this one was.
//
// Lexical 0.50 (pinned by @payloadcms/richtext-lexical 3.90) gives Node its `*.node.mjs` entry points, each a
// top-level `await import()` of the dev or prod build. Node 20 intermittently deadlocks evaluating that graph:
// the import never settles, the event loop empties and the process exits silently (code 13, or 0 when the
// import was awaited inside a function). Measured here: 10 of 20 plain `import('@payloadcms/richtext-lexical')`
// runs exited 13. The `production` export condition resolves every Lexical package straight to its
// prod build, which has no top-level await; no other installed package changes under it. Node 22 is not affected.

/** NODE_OPTIONS for every process that loads the Payload config: npm scripts, test workers, servers tests start. */
export const NODE_OPTIONS = '--no-deprecation --conditions=production'

/** Whether this process resolves Lexical to a build without top-level await (i.e. was started with the condition). */
export function lexicalResolvesSafely(resolve: (specifier: string) => string = import.meta.resolve): boolean {
  try {
    return !resolve('lexical').endsWith('.node.mjs')
  } catch {
    return true // Lexical not resolvable from here: nothing to deadlock on
  }
}
