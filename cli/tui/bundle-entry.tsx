// The entry of the bundled trainer (dist/tui.mjs), started by cli/bin.js for interactive play.
import { playInteractive } from './play';

export async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  const result = await playInteractive(command === 'play' ? rest : []);
  if (result.stdout.length > 0) process.stdout.write(`${result.stdout.join('\n')}\n`);
  if (result.stderr.length > 0) process.stderr.write(`${result.stderr.join('\n')}\n`);
  process.exitCode = result.code;
}
