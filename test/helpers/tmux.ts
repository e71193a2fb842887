// Driving the trainer in a real terminal, as a person would: tmux on a socket of the test's own,
// keys sent with send-keys, the screen read with capture-pane.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

export const hasTmux = spawnSync('tmux', ['-V']).status === 0;

export type Match = string | RegExp | ((shown: string) => boolean);

export function tmuxServer(label: string) {
  const socket = `kanteltrainer-${label}-${process.pid}`;
  const tmux = (...args: string[]) => spawnSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' }).stdout ?? '';
  const screen = (session: string) => tmux('capture-pane', '-p', '-t', session);
  return {
    /** Runs a shell command in a new terminal of this size, started in `cwd`. */
    launch(session: string, columns: number, rows: number, cwd: string, command: string): void {
      const started = spawnSync('tmux', ['-L', socket, 'new-session', '-d', '-s', session, '-x', String(columns), '-y', String(rows), '-c', cwd, command], { encoding: 'utf8' });
      if (started.status !== 0) throw new Error(`tmux new-session: ${started.stderr}`);
    },
    screen,
    /** Every line tmux holds: the screen and what scrolled off above it. */
    history: (session: string) => tmux('capture-pane', '-p', '-S', '-', '-t', session).replace(/\n+$/, '').split('\n').length,
    keys: (session: string, ...keys: string[]) => void tmux('send-keys', '-t', session, ...keys),
    async waitFor(session: string, match: Match, timeoutMs = 60_000): Promise<string> {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const shown = screen(session);
        if (typeof match === 'string' ? shown.includes(match) : match instanceof RegExp ? match.test(shown) : match(shown)) return shown;
        if (Date.now() > until) throw new Error(`"${String(match)}" niet op het scherm binnen ${timeoutMs} ms:\n${shown}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    close(): void {
      tmux('kill-server');
      rmSync(join(process.env.TMUX_TMPDIR ?? '/tmp', `tmux-${process.getuid?.() ?? 0}`, socket), { force: true });
    },
  };
}
