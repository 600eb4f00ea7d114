// Stands in for espeak-ng inside the Next bundle, which never synthesizes speech: Nguồn's server process runs the
// bulletin jobs with the real package (see next.config.mjs). Its Emscripten loader cannot be bundled.
const ESpeakNg = async (): Promise<never> => {
  throw new Error('Speech synthesis runs in the Nguồn server process (npm start / npm run jobs), not inside the Next bundle')
}

export default ESpeakNg
