// Scrolling a debrief that is taller than the terminal: by a line, by a page, to either end, and
// never past its last line (the screen measures itself and tells update how tall it is).
import { describe, expect, it } from 'vitest';
import { runModel, type Model } from '../../cli/tui/model';
import { update } from '../../cli/tui/update';
import type { Key } from '../../cli/tui/keys';
import { bakker, cases, conversation, deps, played } from './helpers';

const finished = () => runModel(cases, bakker, played('bakker-sterk.txt'), 'runs/bakker-test.json');
const press = (model: Model, ...keys: Key[]) => keys.reduce((m, k) => update(m, k, deps), model);
const space: Key = { type: 'char', char: ' ' };

describe('scrolling the debrief', () => {
  it('does nothing while the debrief fits', () => {
    const model = update(finished(), { type: 'debrief_fit', lines: 20, page: 30 }, deps);
    expect(model.debriefFit).toBeNull();
    expect(press(model, { type: 'down' }, space).debriefTop).toBe(0);
  });

  it('moves a line with the arrows and a page less one line with space and PgDn, and stops at the last page', () => {
    const model = update(finished(), { type: 'debrief_fit', lines: 100, page: 30 }, deps);
    expect(press(model, { type: 'down' }, { type: 'down' }, { type: 'up' }).debriefTop).toBe(1);
    expect(press(model, space).debriefTop).toBe(29);
    expect(press(model, { type: 'pageDown' }, { type: 'pageDown' }).debriefTop).toBe(58);
    expect(press(model, space, space, space, space).debriefTop).toBe(70);
    expect(press(model, { type: 'end' }).debriefTop).toBe(70);
    expect(press(model, { type: 'end' }, { type: 'pageUp' }).debriefTop).toBe(41);
    expect(press(model, space, { type: 'home' }).debriefTop).toBe(0);
    expect(press(model, { type: 'up' }).debriefTop).toBe(0);
  });

  it('starts the other view at its top, and a smaller terminal keeps the last page in reach', () => {
    const model = press(update(finished(), { type: 'debrief_fit', lines: 100, page: 30 }, deps), { type: 'end' });
    expect(press(model, { type: 'char', char: 'b' })).toMatchObject({ showTurns: true, debriefTop: 0 });
    expect(update(model, { type: 'debrief_fit', lines: 100, page: 90 }, deps).debriefTop).toBe(10);
  });
});

describe('scrolling the glossary overlay', () => {
  const glossary = { lsd: { term: 'LSD', forms: [], explanation: 'Lokaal Steunpunt Diensten' } };
  const withGlossary = { ...deps, glossary };
  const open = () => update(conversation(), { type: 'char', char: 'u' }, withGlossary);

  it('scrolls with the keys of the debrief while it is taller than the screen, and Esc closes it at its top', () => {
    const long = update(open(), { type: 'glossary_fit', lines: 71, page: 12 }, deps);
    expect(press(long, space)).toMatchObject({ overlay: 'begrippen', glossaryTop: 11 });
    expect(press(long, { type: 'end' })).toMatchObject({ overlay: 'begrippen', glossaryTop: 59 });
    expect(press(long, { type: 'end' }, { type: 'down' }, { type: 'pageDown' })).toMatchObject({ overlay: 'begrippen', glossaryTop: 59 });
    const closed = press(long, { type: 'end' }, { type: 'escape' });
    expect(closed).toMatchObject({ screen: 'conversation', overlay: null, glossaryTop: 0 });
    expect(update(closed, { type: 'char', char: 'u' }, withGlossary)).toMatchObject({ overlay: 'begrippen', glossaryTop: 0 });
  });

  it('closes on any key while it fits', () => {
    const short = update(open(), { type: 'glossary_fit', lines: 8, page: 12 }, deps);
    expect(press(short, space).overlay).toBeNull();
  });
});
