// The entry of the bundled trainer (dist/tui/tui.mjs), started by cli/bin.js for interactive play.
// It loads nothing but Node before painting the menu from the frame cache; Ink and the rest follow.
import { printResult } from '../print-result';
import { paintCachedFrame } from './frame-cache';

export async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  const args = command === 'play' || command === 'start' ? rest : [];
  const menuOnly = process.stdin.isTTY && args.every((a, i) => ['--out', '--naam'].includes(a) || ['--out', '--naam'].includes(args[i - 1] ?? ''));
  const painted = menuOnly ? paintCachedFrame(process.stdout) : 0;
  const { playInteractive } = await import('./play');
  const result = await playInteractive(args, { painted });
  printResult(result);
}
