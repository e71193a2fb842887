// The chat never has the client say the same sentence twice in a row: a reply that runs into the
// next point's opening line keeps it once (bakker: "Nou, dat is vlot geregeld").
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { start, step } from '../../engine';
import { transcript, unsaid } from '../../engine/run/transcript';
import { loadFile, SCENARIOS } from '../helpers/cases';

describe('a client line after a client line', () => {
  it.each([
    ['O. Nou, dat is vlot geregeld, zeg. Daar ben ik blij om.', 'Nou, dat is vlot geregeld. Wanneer kan die hulp dan beginnen?', 'Wanneer kan die hulp dan beginnen?'],
    ['Ja.', 'Ja. Nee, toch niet.', 'Nee, toch niet.'],
    ['Dat weet ik niet.', 'Wat bedoelt u? (Hij kijkt op.) Tja', 'Wat bedoelt u? (Hij kijkt op.) Tja'],
    ['Goed zo.', 'Goed zo!', ''],
    ['Mijn dochter komt vaak.', 'Mijn dochter komt niet vaak.', 'Mijn dochter komt niet vaak.'],
  ])('after "%s", "%s" becomes "%s"', (said, next, rest) => {
    expect(unsaid(said, next)).toBe(rest);
  });

  it('leaves the repeat out of the rebuilt chat in bakker', () => {
    const bakker = loadFile(join(SCENARIOS, 'bakker.yaml'), 'bakker.yaml');
    // Through the shared opening first, to the case's own first point.
    let first = start(bakker, { seed: 1 }).state;
    while (bakker.points[first.point!]!.phase === 'opening') {
      const onward = bakker.points[first.point!]!.options.findIndex((o) => o.next !== undefined);
      first = step(bakker, first, { type: 'option', option: onward + 1 }).state;
    }
    const at = bakker.points[first.point!]!.options.findIndex((o) => o.reply?.includes('vlot geregeld'));
    expect(at).toBeGreaterThanOrEqual(0);
    const next = step(bakker, first, { type: 'option', option: at + 1 }).state;
    const lines = transcript(bakker, next);
    expect(lines.filter((l) => l.text.includes('vlot geregeld'))).toHaveLength(1);
    expect(lines.at(-1)).toEqual({ who: 'client', text: 'Wanneer kan die hulp dan beginnen?' });
  });
});
