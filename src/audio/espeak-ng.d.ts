// Types for the parts of the espeak-ng WASM build (an Emscripten module that runs the CLI once per instance) that synthesize.ts uses.
declare module 'espeak-ng' {
  type EmscriptenFileSystem = {
    writeFile(path: string, data: string | Uint8Array): void
    readFile(path: string): Uint8Array
  }
  type ESpeakNgInstance = { FS: EmscriptenFileSystem }
  type ESpeakNgOptions = {
    arguments: string[]
    print?: (line: string) => void
    printErr?: (line: string) => void
    preRun?: ((instance: ESpeakNgInstance) => void)[]
    instantiateWasm?: (
      imports: WebAssembly.Imports,
      receiveInstance: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void,
    ) => Record<string, never>
  }
  export default function ESpeakNg(options: ESpeakNgOptions): Promise<ESpeakNgInstance>
}
