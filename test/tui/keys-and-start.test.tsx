import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import { splitInput } from '../../cli/tui/keys';
import { Boot } from '../../cli/tui/Boot';
import { playInteractive } from '../../cli/tui/play';
import type { Session } from '../../cli/tui/session';
import { App } from '../../cli/tui/App';
import { cases, deps, menu, press, strip, tick, watch } from './helpers';

afterEach(() => cleanup());

describe('keys', () => {
  it.each([
    ['1\r', ['char:1', 'enter']],
    ['\t', ['tab']],
    ['ab\x7f', ['char:a', 'char:b', 'backspace']],
    ['q\x03', ['char:q', 'interrupt']],
  ])('splits %j into single keys', (input, expected) => {
    expect(splitInput(input).map((k) => (k.type === 'char' ? `char:${k.char}` : k.type))).toEqual(expected);
  });
});

describe('starting', () => {
  it('refuses interactive play without a terminal and points to --script', async () => {
    const result = await playInteractive(['bakker'], { isTTY: false });
    expect(result.code).toBe(2);
    expect(result.stderr.join('\n')).toContain('--script');
  });

  it('draws the menu before the engine is loaded, and keeps the keys pressed meanwhile', async () => {
    let resolve: (s: Session) => void = () => {};
    const load = () => new Promise<Session>((r) => (resolve = r));
    const saves: unknown[] = [];
    const t = render(<Boot cases={cases} load={load} onFailed={() => {}} />);
    watch(t.stdin, t.lastFrame);
    expect(strip(t.lastFrame() ?? '')).toContain('Kies een casus om te oefenen');
    await press(t.stdin, '\u001b[B', '\u001b[A', '\r', '1', '\r');
    resolve({ model: menu(), deps, effects: { save: (...a) => void saves.push(a) }, App });
    for (let i = 0; i < 50 && !strip(t.lastFrame() ?? '').includes('Beurt 2'); i++) await tick(20);
    const frame = strip(t.lastFrame() ?? '');
    expect(frame).toContain('Beurt 2');
    expect(saves).toHaveLength(1);
  });
});
