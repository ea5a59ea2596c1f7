import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

/**
 * Debian's Chromium, headless, with every flag that stops it calling out (background networking,
 * component updates, sync, QUIC). Playwright gives each launch a fresh temporary profile. Never a downloaded browser: .ci/run installs the Debian package.
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium (.ci/run does)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
      '--disable-domain-reliability',
      '--metrics-recording-only',
    ],
  });
}

/** Git-ignored folder where browser tests save screenshots for people to look at. */
export const SCREENSHOTS = path.join(__dirname, '..', '..', 'test-results', 'screenshots');
