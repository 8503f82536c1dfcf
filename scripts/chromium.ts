/**
 * How every browser suite launches Chromium: Debian's package (scripts/ensure-chromium.sh installs it), since
 * Playwright downloads no browser here, with background networking off because this machine's network is closed.
 */
export const CHROMIUM_LAUNCH = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
}
