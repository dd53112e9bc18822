#!/usr/bin/env node
/**
 * Makes sure the browser tests have Debian's Chromium (and a font for the map labels). Run before
 * the tests (npm's pretest). Installs with apt-get when it is missing and we are root; otherwise
 * says exactly what to do. Nothing here downloads a browser build of its own.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.RUTAS_CHROMIUM ?? '/usr/lib/chromium/chromium';
const font = '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf';

if (existsSync(chromium) && existsSync(font)) process.exit(0);

const packages = ['chromium', 'fonts-liberation'];
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');

if (!isRoot || !hasApt) {
  console.error(
    [
      `The browser tests need Debian's Chromium at ${chromium} and the Liberation fonts.`,
      hasApt
        ? `Install them as root:  sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`
        : 'Install Chromium with your system package manager.',
      'Or point RUTAS_CHROMIUM at another Chromium executable.',
    ].join('\n'),
  );
  process.exit(1);
}

console.log(`Installing ${packages.join(', ')} with apt-get (needed by the browser tests)…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {
  stdio: 'inherit',
  env,
});
if (!existsSync(chromium)) {
  console.error(`apt-get finished but ${chromium} is still missing.`);
  process.exit(1);
}
