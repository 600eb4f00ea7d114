// The version of Nguồn this code is (package.json's), for /healthz, the banner, the admin and the schema's record.
import packageJson from '../../package.json'

export const APP_VERSION: string = packageJson.version
