import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './cases';

const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The real command line, as `npm run --silent cli -- …` runs it, started from `cwd`. */
export function runCli(args: string[], options: { cwd?: string; input?: string; env?: Record<string, string>; timeout?: number } = {}): CliRun {
  const result = spawnSync(process.execPath, [TSX, join(ROOT, 'cli', 'main.ts'), ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    timeout: options.timeout ?? 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
