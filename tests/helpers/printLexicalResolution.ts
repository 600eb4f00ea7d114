// Run as a separate process: prints whether this process resolves Lexical safely (see src/nodeOptions.ts).
import { lexicalResolvesSafely } from '../../src/nodeOptions'

process.stdout.write(String(lexicalResolvesSafely()))
