#!/usr/bin/env node
// The installed command. Interactive play runs from a bundle (dist/tui.mjs, rebuilt whenever
// cli/ or engine/ changed) so its first frame appears fast; every other command loads the
// TypeScript CLI through tsx, so no build step is needed.
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);

function wantsTrainer([command, ...rest]) {
  const help = rest.some((a) => a === '--help' || a === '-h');
  if (command === 'start') return process.stdin.isTTY === true && !help;
  if (command !== 'play') return false;
  return !help && !rest.some((a) => a === '--script' || a.startsWith('--script=') || a === '--json');
}

let bundle;
if (wantsTrainer(args)) {
  // Ink draws nothing until it exits when it believes it runs in CI (is-in-ci reads CI and
  // CONTINUOUS_INTEGRATION as it loads). A trainer on a real terminal must draw, whatever a
  // shell profile or a runner left in the environment.
  if (process.stdout.isTTY) {
    delete process.env.CI;
    delete process.env.CONTINUOUS_INTEGRATION;
  }
  // Keys typed while the trainer loads should wait for it, not be echoed onto the screen.
  if (process.stdin.isTTY) process.stdin.setRawMode(true);
  const { ensureBundle } = await import('./build-tui.js');
  bundle = await ensureBundle();
}
if (bundle) {
  const { main } = await import(pathToFileURL(bundle).href);
  await main(args);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./main.ts');
}
