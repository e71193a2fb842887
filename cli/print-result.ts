import { terminalSafe } from '../engine/text/control';
import type { CommandResult } from './commands/result';

/**
 * A command's lines to the terminal. Much of what they show came from files (run files, case files,
 * file names): escape sequences and other control characters in it are dropped here, so no file
 * can clear the screen, retitle the window or write the clipboard.
 */
export function printResult(result: CommandResult): void {
  if (result.stdout.length > 0) process.stdout.write(`${terminalSafe(result.stdout.join('\n'))}\n`);
  if (result.stderr.length > 0) process.stderr.write(`${terminalSafe(result.stderr.join('\n'))}\n`);
  process.exitCode = result.code;
}
