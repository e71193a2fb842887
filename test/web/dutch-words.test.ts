// No English in the Dutch interface: every text of the web trainer's message catalogues, and the
// reasons the engine gives when it refuses a file for comparing (shown in the web and the terminal).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importRuns } from '../../engine/compare/import-runs';
import { start, toRunFile } from '../../engine';
import { NL } from '../../web/src/messages';
import { NL_PROGRESS } from '../../web/src/progress/messages';
import { NL_VERSLAG } from '../../web/src/verslag/messages';
import { NL_ROOM } from '../../web/src/screens/room/messages';
import { loadFile, SCENARIOS } from '../helpers/cases';

/** English words newcomers met in the Dutch screens, and their kin. */
const ENGLISH = /\b(runs?|run\w*bestand\w*|\w*moves?|download\w*|debrief\w*|feedback|flags?|upload\w*|replay)\b/i;

/** Every text a catalogue can produce: strings as they are, functions called with sample values. */
function texts(catalogue: Record<string, unknown>): [string, string][] {
  const out: [string, string][] = [];
  for (const [key, value] of Object.entries(catalogue)) {
    if (typeof value === 'string') out.push([key, value]);
    else if (Array.isArray(value)) value.forEach((v, i) => typeof v === 'string' && out.push([`${key}[${i}]`, v]));
    else if (typeof value === 'function') {
      for (const args of [[1, 2, 3, 4], [3, 7, 40, 40], ['bakker', 2], ['Anna', Date.UTC(2026, 0, 5)]]) {
        try {
          const text = (value as (...a: unknown[]) => unknown)(...args);
          if (typeof text === 'string') out.push([key, text]);
        } catch {
          /* a sample that does not fit this message */
        }
      }
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) if (typeof v === 'string') out.push([`${key}.${k}`, v]);
    }
  }
  return out;
}

describe('the Dutch interface', () => {
  it.each([
    ['NL', NL],
    ['NL_PROGRESS', NL_PROGRESS],
    ['NL_VERSLAG', NL_VERSLAG],
    ['NL_ROOM', NL_ROOM],
  ] as const)('has no English words in %s', (_name, catalogue) => {
    const found = texts(catalogue as Record<string, unknown>).filter(([, text]) => ENGLISH.test(text));
    expect(found).toEqual([]);
  });

  it('says "gesprek" and "gespreksbestand" where a file is refused for comparing', () => {
    const bakker = loadFile(join(SCENARIOS, 'bakker.yaml'), 'bakker.yaml');
    const empty = JSON.stringify(toRunFile(bakker, start(bakker).state));
    const { refused } = importRuns(bakker, [
      { source: 'a.json', text: '{' },
      { source: 'b.json', text: '{"format": "iets"}' },
      { source: 'c.json', text: empty.replace('"bakker"', '"ander"') },
      { source: 'd.json', text: empty },
    ]);
    expect(refused.map((r) => r.source)).toEqual(['a.json', 'b.json', 'c.json', 'd.json']);
    for (const r of refused) expect(r.reason).not.toMatch(ENGLISH);
    expect(refused[3]!.reason).toBe('In dit gesprek is nog niets gezegd (geen beurten); er valt niets te vergelijken.');
  });
});
