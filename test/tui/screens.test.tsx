import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { bakker, conversation, menu, played, press, renderTrainer } from './helpers';

afterEach(() => cleanup());

const ENTER = '\r';
const TAB = '\t';
const ESC = '\u001b';

describe('menu', () => {
  it('lists the cases with title, client, difficulty and learning goals', () => {
    const t = renderTrainer(menu());
    const frame = t.frame();
    expect(frame).toContain('Kies een casus om te oefenen');
    expect(frame).toContain(`› 1. ${bakker.title} (niveau: basis)`);
    expect(frame).toContain(`Cliënt: ${bakker.client.name}, ${bakker.client.age} jaar`);
    expect(frame).toContain('Leerdoelen:');
    expect(frame).toContain('•');
  });

  it('moves with arrows and number keys, and starts the case with Enter', async () => {
    const t = renderTrainer(menu());
    await press(t.stdin, '\u001b[B');
    expect(t.frame()).toContain('› 2.');
    await press(t.stdin, '1', ENTER);
    expect(t.frame()).toContain('[verkennen] → oplossingen → afspraken');
    expect(t.frame()).toContain('Beurt 1');
  });
});

describe('conversation', () => {
  it('shows the client, the numbered options, the phase and the turn count', () => {
    const frame = renderTrainer(conversation()).frame();
    const first = bakker.points[bakker.start ?? 'opening']!;
    expect(frame).toContain(`${bakker.client.name}:`);
    expect(frame).toContain('[verkennen] → oplossingen → afspraken');
    expect(frame).toContain('Beurt 1 · vertrouwen 3/10');
    expect(frame).toContain(`› 1. ${first.options[0]!.text.slice(0, 40)}`);
    expect(frame).toContain(`${first.options.length}. `);
    expect(frame).toContain('Het gesprek afronden');
    expect(frame).toContain('Tab: zelf typen');
  });

  it('takes an option with a number and Enter, and saves the run after the turn', async () => {
    const t = renderTrainer(conversation());
    await press(t.stdin, '1', ENTER);
    expect(t.frame()).toContain('Beurt 2');
    expect(t.saves).toHaveLength(1);
    expect(t.saves[0]!.path).toBe('runs/bakker-test.json');
    expect(t.saves[0]!.state.turns[0]).toMatchObject({ option: 1, source: 'option' });
  });

  it('handles keys that arrive together as one string', async () => {
    const t = renderTrainer(conversation());
    await press(t.stdin, `1${ENTER}1${ENTER}`);
    expect(t.frame()).toContain('Beurt 3');
    expect(t.saves.at(-1)!.state.turns).toHaveLength(2);
  });

  it('shows the later phase when the case gets there', () => {
    const state = played('bakker-sterk.txt');
    const last = state.turns.at(-1)!;
    const frame = renderTrainer(conversation({ ...state, status: 'active', ending: null, point: last.point })).frame();
    expect(frame).toContain(`[${bakker.points[last.point]!.phase}]`);
  });
});

describe('free text', () => {
  it('reads typed text as a move, "Opgevat als", and sends it on Enter', async () => {
    const t = renderTrainer(conversation());
    await press(t.stdin, TAB, 'Wonen uw kinderen in de buurt?');
    expect(t.frame()).toContain('Zeg het in je eigen woorden: Wonen uw kinderen in de buurt?');
    await press(t.stdin, ENTER);
    expect(t.frame()).toMatch(/Opgevat als: sociaal netwerk \(zekerheid \d+%\)/);
    expect(t.frame()).toContain('› 3. sociaal netwerk ✓');
    await press(t.stdin, ENTER);
    expect(t.frame()).toContain('Jij: Wonen uw kinderen in de buurt?');
    expect(t.saves.at(-1)!.state.turns[0]).toMatchObject({ kind: 'move', move: 'netwerk', source: 'classifier' });
  });

  it('lets the trainee pick another move, recorded as corrected', async () => {
    const t = renderTrainer(conversation());
    await press(t.stdin, TAB, 'Wonen uw kinderen in de buurt?', ENTER, '4');
    expect(t.frame()).toContain('› 4. brede blik');
    await press(t.stdin, ENTER);
    expect(t.saves.at(-1)!.state.turns[0]).toMatchObject({ move: 'brede_blik', source: 'corrected', confidence: null });
  });

  it('goes back to typing with Esc, and to the options with Tab', async () => {
    const t = renderTrainer(conversation());
    await press(t.stdin, TAB, 'hallo', ENTER, ESC);
    expect(t.frame()).toContain('Zeg het in je eigen woorden: hallo');
    await press(t.stdin, TAB);
    expect(t.frame()).toContain('Tab: zelf typen');
    expect(t.saves).toHaveLength(0);
  });
});

describe('debrief', () => {
  it('shows the ending, six bars with numbers, flags and facts, and turns on request', async () => {
    const state = played('bakker-sterk.txt');
    expect(state.status).toBe('finished');
    const t = renderTrainer(conversation(state));
    const frame = t.frame();
    expect(frame).toContain(`Nabespreking · ${bakker.title}`);
    expect(frame).toMatch(/Einde: .+ \(sterk\)/);
    expect(frame).toMatch(/Totaalscore: \d+\/100/);
    for (const label of ['Vraagverheldering', 'Eigen kracht', 'Netwerk', 'Brede blik', 'Passende oplossing', 'Afspraken']) {
      expect(frame).toMatch(new RegExp(`${label}\\s+[█░]{20}\\s+\\d+`));
    }
    expect(frame).toContain('Aandachtspunten:');
    expect(frame).toMatch(/Feiten gevonden: \d+ van \d+/);
    await press(t.stdin, 'b');
    expect(t.frame()).toContain('Per beurt:');
    expect(t.frame()).toMatch(/1\. \[[a-z ()]+\] "/);
  });

  it('explains flagged turns after a weak run', () => {
    const frame = renderTrainer(conversation(played('bakker-zwak.txt'))).frame();
    expect(frame).toMatch(/Einde: .+ \(zwak\)/);
    expect(frame).toContain('  ! ');
  });
});

describe('help and quitting', () => {
  it('shows help on ? and returns on any key', async () => {
    const t = renderTrainer(conversation());
    await press(t.stdin, '?');
    expect(t.frame()).toContain('Kanteltrainer · Hulp');
    expect(t.frame()).toContain('Tab          wisselen');
    await press(t.stdin, 'x');
    expect(t.frame()).toContain('Wat zeg je?');
  });

  it('asks before quitting mid-run, and can go back', async () => {
    const t = renderTrainer(conversation());
    await press(t.stdin, '1', ENTER, 'q');
    expect(t.frame()).toContain('Wil je stoppen?');
    expect(t.frame()).toContain('runs/bakker-test.json');
    await press(t.stdin, 'n');
    expect(t.frame()).not.toContain('Wil je stoppen?');
    expect(t.frame()).toContain('Beurt 2');
  });
});
