import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { CRITICAL_CAP, optionOrder, score, start, step, type RunState } from '../../engine';
import { strongestOption } from '../../engine/case/judgement';
import { bakker, conversation, deps, menu, optionLines, played, press, renderTrainer, shownTexts } from './helpers';

afterEach(() => cleanup());

const ENTER = '\r';
const TAB = '\t';
const ESC = '\u001b';
const UP = '\u001b[A';
const DOWN = '\u001b[B';

const opening = bakker.points[bakker.start ?? 'opening']!;
/** The file numbers of the opening's options in the order a run with this seed shows them. */
const openingOrder = (seed: number) => optionOrder(seed, bakker.start ?? 'opening', opening.options.length);
const head = (text: string) => text.slice(0, 40);

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
  it('shows the client, the numbered options in the run\'s order, the phase and the turn count, with no option chosen', () => {
    const frame = renderTrainer(conversation()).frame();
    expect(frame).toContain(`${bakker.client.name}:`);
    expect(frame).toContain('[verkennen] → oplossingen → afspraken');
    expect(frame).toContain('Beurt 1 · vertrouwen 3/10');
    const lines = optionLines(frame);
    expect(lines.map((l) => l.number)).toEqual(opening.options.map((_, i) => i + 1));
    expect(lines.map((l) => head(l.text))).toEqual(openingOrder(0).map((n) => head(opening.options[n - 1]!.text)));
    expect(lines.some((l) => l.active)).toBe(false); // the cursor rests on nothing
    expect(frame).not.toContain('›');
    expect(frame).toContain('Het gesprek afronden');
    expect(frame).toContain('Tab: zelf typen');
  });

  it('shows the options in the order drawn from the run\'s seed, not in file order', () => {
    // Two seeds whose orders differ from each other and from the file, so the screen can only match by following the seed.
    const seeds = [0, 1];
    expect(openingOrder(0)).not.toEqual(openingOrder(1));
    for (const seed of seeds) {
      expect(openingOrder(seed)).not.toEqual(opening.options.map((_, i) => i + 1));
      const state = start(bakker, { seed }).state;
      const lines = optionLines(renderTrainer(conversation(state)).frame());
      expect(lines.map((l) => head(l.text))).toEqual(shownTexts(state).map(head));
      cleanup();
    }
  });

  it('draws a new run\'s seed from deps.newSeed when a case is started from the menu', async () => {
    const t = renderTrainer(menu(), { ...deps, newSeed: () => 1 });
    await press(t.stdin, '1', ENTER);
    expect(optionLines(t.frame()).map((l) => head(l.text))).toEqual(openingOrder(1).map((n) => head(opening.options[n - 1]!.text)));
    await press(t.stdin, '1', ENTER);
    expect(t.saves[0]!.state.seed).toBe(1);
    expect(t.saves[0]!.state.turns[0]).toMatchObject({ option: openingOrder(1)[0] });
  });

  it('takes the option at the chosen place on screen, keeps its number in the file, and saves the run after the turn', async () => {
    const t = renderTrainer(conversation());
    // A place on screen that shows another option of the file than its own number.
    const place = openingOrder(0).findIndex((n, i) => n !== i + 1) + 1;
    expect(place).toBeGreaterThan(0);
    const third = openingOrder(0)[place - 1]!;
    const said = opening.options[third - 1]!;
    await press(t.stdin, String(place));
    expect(optionLines(t.frame()).find((l) => l.active)).toMatchObject({ number: place, text: expect.stringContaining(head(said.text)) });
    await press(t.stdin, ENTER);
    expect(t.frame()).toContain('Beurt 2');
    expect(t.frame()).toContain(`Jij: ${head(said.text)}`);
    expect(t.saves).toHaveLength(1);
    expect(t.saves[0]!.path).toBe('runs/bakker-test.json');
    expect(t.saves[0]!.state.turns[0]).toMatchObject({ option: third, source: 'option', text: said.text });
  });

  it('takes no turn on Enter before an option is chosen, at the start and after a turn, and says so', async () => {
    const t = renderTrainer(conversation());
    await press(t.stdin, ENTER);
    expect(t.frame()).toContain('Kies eerst een optie met ↑↓ of een cijfer.');
    expect(t.frame()).toContain('Beurt 1 ·');
    expect(t.saves).toHaveLength(0);
    await press(t.stdin, DOWN); // ↓ from nothing goes to the first place on screen
    expect(t.frame()).not.toContain('Kies eerst een optie');
    expect(optionLines(t.frame()).find((l) => l.active)?.number).toBe(1);
    await press(t.stdin, ENTER);
    expect(t.saves).toHaveLength(1);
    expect(t.saves[0]!.state.turns[0]).toMatchObject({ option: openingOrder(0)[0] });
    // After the turn the cursor rests on nothing again: a second Enter does not take the next option unread.
    expect(optionLines(t.frame()).some((l) => l.active)).toBe(false);
    await press(t.stdin, ENTER);
    expect(t.frame()).toContain('Kies eerst een optie met ↑↓ of een cijfer.');
    expect(t.frame()).toContain('Beurt 2 ·');
    expect(t.saves).toHaveLength(1);
  });

  it('handles keys that arrive together as one string', async () => {
    const t = renderTrainer(conversation());
    await press(t.stdin, `1${ENTER}1${ENTER}`);
    expect(t.frame()).toContain('Beurt 3');
    const turns = t.saves.at(-1)!.state.turns;
    expect(turns).toHaveLength(2);
    const second = turns[1]!.point;
    expect(turns.map((turn) => turn.option)).toEqual([openingOrder(0)[0], optionOrder(0, second, bakker.points[second]!.options.length)[0]]);
  });

  it('offers to close after an agreement, with the cursor on "Het gesprek afronden"; Enter asks, j closes', async () => {
    // The strong route up to its last option; that option, typed word for word, is an agreement that does not end the talk.
    const strong = played('bakker-sterk.txt');
    const last = strong.turns.filter((turn) => turn.kind === 'option').at(-1)!;
    const closing = bakker.points[last.point]!.options[last.option! - 1]!;
    expect(closing.next).toBeUndefined();
    let state: RunState = start(bakker).state;
    for (const turn of strong.turns.slice(0, last.n - 1)) state = step(bakker, state, { type: 'option', option: turn.option! }).state;
    expect(state.point).toBe(last.point);
    const sure = { ...deps, understand: () => ({ move: closing.move, confidence: 0.9, topics: [], likely: [closing.move] }) };
    const t = renderTrainer(conversation(state), sure);
    await press(t.stdin, TAB, closing.text, ENTER, ENTER);
    expect(t.saves).toHaveLength(1);
    expect(t.saves[0]!.state.status).toBe('active'); // only the trainee closes
    expect(t.frame()).toContain('Jullie hebben afspraken gemaakt. Wil je afronden?');
    expect(t.frame()).toMatch(/› +Het gesprek afronden/);
    expect(optionLines(t.frame()).some((l) => l.active)).toBe(false);
    await press(t.stdin, ENTER);
    expect(t.frame()).toContain('Het gesprek afronden?');
    await press(t.stdin, 'j');
    expect(t.frame()).toContain(`Nabespreking · ${bakker.title}`);
    expect(t.saves.at(-1)!.state.status).toBe('finished');
    expect(t.saves.at(-1)!.state.turns.at(-1)).toMatchObject({ kind: 'close' });
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

  it('gives no default move when the reader is unsure: lists the likely moves, and Enter waits for a choice', async () => {
    const unsure = { ...deps, understand: () => ({ move: 'netwerk' as const, confidence: 0.42, topics: [], likely: ['netwerk' as const, 'brede_blik' as const] }) };
    const t = renderTrainer(conversation(), unsure);
    await press(t.stdin, TAB, 'Is er iemand die kan helpen?', ENTER);
    const frame = t.frame();
    expect(frame).toContain('De trainer is niet zeker (42%). Kies zelf wat je bedoelde.');
    expect(frame).toContain('Waarschijnlijk: sociaal netwerk, brede blik');
    expect(frame).not.toContain('Opgevat als');
    expect(frame).not.toContain('›'); // no move is chosen for the trainee
    expect(frame).not.toContain('✓');
    await press(t.stdin, ENTER);
    expect(t.frame()).toContain('De trainer is niet zeker wat je bedoelde: kies zelf een gespreksstap met ↑↓ of een cijfer.');
    expect(t.saves).toHaveLength(0);
    await press(t.stdin, '4');
    expect(t.frame()).toContain('› 4. brede blik');
    expect(t.frame()).not.toContain('kies zelf een gespreksstap met');
    await press(t.stdin, ENTER);
    expect(t.saves).toHaveLength(1);
    expect(t.saves[0]!.state.turns[0]).toMatchObject({ move: 'brede_blik', source: 'corrected', confidence: null, text: 'Is er iemand die kan helpen?' });
    // The debrief's turn list says the trainee chose the move, not the reader.
    await press(t.stdin, UP, ENTER, 'j', 'b');
    expect(t.frame()).toMatch(/1\. \S+ · \[brede blik, zelf gekozen\] "Is er iemand die kan helpen\?"/);
  });

  it('reads unclear words with the offline reader as unsure, with no default', async () => {
    const t = renderTrainer(conversation());
    await press(t.stdin, TAB, 'Tja.', ENTER);
    expect(t.frame()).toMatch(/De trainer is niet zeker \(\d+%\)/);
    expect(t.frame()).toContain('Waarschijnlijk: ');
    await press(t.stdin, ENTER);
    expect(t.saves).toHaveLength(0);
  });
});

describe('debrief', () => {
  it('shows the ending, six bars with numbers, flags and facts, and turns on request', async () => {
    const state = played('bakker-sterk.txt');
    expect(state.status).toBe('finished');
    const report = score(bakker, state);
    const t = renderTrainer(conversation(state));
    const frame = t.frame();
    expect(frame).toContain(`Nabespreking · ${bakker.title}`);
    // Whether this route ends strong is the golden transcripts' business (test/transcripts); the screen shows the engine's ending.
    expect(frame).toContain(`Einde: ${report.endingTitle} (${report.endingQuality})`);
    expect(frame).toContain(report.story[0]!.slice(0, 60));
    expect(frame).toMatch(/Totaalscore: \d+\/100/);
    for (const label of ['Vraagverheldering', 'Eigen kracht', 'Netwerk', 'Brede blik', 'Passende oplossing', 'Afspraken']) {
      expect(frame).toMatch(new RegExp(`${label}\\s+[█░]{20}\\s+\\d+`));
    }
    expect(frame).toContain('Aandachtspunten:');
    expect(frame).toMatch(/Feiten gevonden: \d+ van \d+/);
    await press(t.stdin, 'b');
    const turns = t.frame();
    expect(turns).toContain('Per beurt:');
    expect(report.turns.map((turn) => turn.verdict)).toContain('sterk');
    for (const turn of report.turns) expect(turns).toMatch(new RegExp(`^ +${turn.n}\\. ${turn.verdict} · \\[`, 'm'));
    expect(turns).toContain(`"${head(state.turns[0]!.text)}`);
    expect(state.turns.length).toBeGreaterThanOrEqual(10);
    expect(turns).toMatch(/^ {2}10\. \S+ · \[/m); // numbers are right-aligned: "  10." under "   9."
    expect(turns).toMatch(/^ {3}9\. \S+ · \[/m);
    expect(turns).not.toContain('Opgevat als de optie'); // no typed turns in this run
  });

  it('explains flagged turns after a weak run, with a better example at the weak turn', async () => {
    const state = played('bakker-zwak.txt');
    const t = renderTrainer(conversation(state));
    const report = score(bakker, state);
    expect(t.frame()).toContain(`Einde: ${report.endingTitle} (${report.endingQuality})`);
    expect(t.frame()).toContain('  ! ');
    await press(t.stdin, 'b');
    const best = opening.options[strongestOption(opening)!]!;
    expect(report.turns[0]!.verdict).toMatch(/zwak|kritiek/);
    expect(t.frame()).toMatch(/1\. (zwak|kritiek) · \[/);
    expect(t.frame()).toContain(`Zo had het ook gekund: "${head(best.text)}`);
  });

  it('puts a critical error first: a typed refusal of an aanvraag, then closing', async () => {
    const t = renderTrainer(conversation());
    await press(t.stdin, TAB, 'Een aanvraag neem ik niet in behandeling.', ENTER);
    expect(t.frame()).toContain('Opgevat als: ');
    await press(t.stdin, ENTER);
    expect(t.saves).toHaveLength(1);
    await press(t.stdin, UP); // ↑ from nothing: the last entry, closing the conversation
    expect(t.frame()).toMatch(/› +Het gesprek afronden/);
    await press(t.stdin, ENTER, 'j');
    const frame = t.frame();
    const report = t.saves.at(-1)!.state;
    expect(report.status).toBe('finished');
    expect(frame).toMatch(/KRITIEKE FOUT: de score (is begrensd op \d+ \(zonder deze fout \d+\)|kan niet hoger worden dan 40) en het einde is zwak\./);
    expect(frame).toContain('!! Beurt 1: Je weigerde een aanvraag aan te nemen.');
    // First: before the ending, the story and the scores.
    expect(frame.indexOf('KRITIEKE FOUT')).toBeLessThan(frame.indexOf('Einde:'));
    expect(frame.indexOf('Einde:')).toBeLessThan(frame.indexOf('Totaalscore'));
    expect(frame).toMatch(/Einde: .+ \(zwak\)/);
    const overall = Number(/Totaalscore: (\d+)\/100/.exec(frame)![1]);
    expect(overall).toBeLessThanOrEqual(CRITICAL_CAP);
    // The skill panel, with the MITI thresholds.
    expect(frame).toContain('Gesprekstechniek (drempels naar MITI 4.2.1):');
    expect(frame).toMatch(/Open vragen \(van alle vragen\): .+ \(redelijk 50%, goed 70%\)/);
    expect(frame).toMatch(/Reflecties per vraag: .+ \(redelijk 1 : 1, goed 2 : 1\)/);
    await press(t.stdin, 'b');
    const turns = t.frame();
    expect(turns).toMatch(/1\. kritiek · \[[a-z ]+, zekerheid \d+%\] "Een aanvraag neem ik niet in behandeling\."/);
    expect(turns).toMatch(/Bij geen optie: de cliënt antwoordde vrij\.|Opgevat als de optie: "/);
    expect(turns).toContain('!! Je weigerde een aanvraag aan te nemen.');
    expect(turns).toContain(`Zo had het ook gekund: "${head(opening.options[strongestOption(opening)!]!.text)}`);
    expect(turns).toMatch(/2\. neutraal · \[afronden\]/);
    // Each point with its reason, under its own turn.
    expect(turns).toMatch(/\n +-\d+ [A-Z][a-z ]+: [A-Z]\S/);
    expect(turns).toMatch(/Over het hele gesprek:\n +-\d+ [A-Z][a-z ]+: \S/);
  });
});

describe('closing needs a yes', () => {
  it('one ↓ too many and Enter at turn 2 asks first; n, Esc or ↑ keep the conversation going', async () => {
    const t = renderTrainer(conversation());
    await press(t.stdin, '1', ENTER);
    expect(t.frame()).toContain('Beurt 2');
    const count = optionLines(t.frame()).length;
    // The trainee means the last option and presses ↓ once more than needed.
    for (let i = 0; i <= count; i++) await press(t.stdin, DOWN);
    expect(t.frame()).toMatch(/› +Het gesprek afronden/);
    await press(t.stdin, ENTER);
    expect(t.frame()).toContain('Het gesprek afronden?');
    expect(t.frame()).toContain('j: ja, afronden · n of Esc: nee, verder praten');
    await press(t.stdin, ENTER); // a second Enter in a hurry does not close either
    expect(t.saves.at(-1)!.state.status).toBe('active');
    for (const no of ['n', ESC, UP]) {
      await press(t.stdin, no);
      expect(t.frame()).not.toContain('Het gesprek afronden?');
      expect(t.frame()).toContain('Beurt 2');
      if (no !== UP) await press(t.stdin, ENTER);
    }
    expect(t.saves.at(-1)!.state.status).toBe('active');
    expect(t.saves.at(-1)!.state.turns).toHaveLength(1);
  });
});

describe('help and quitting', () => {
  it('shows help on ? and returns on any key', async () => {
    const t = renderTrainer(conversation());
    await press(t.stdin, '?');
    expect(t.frame()).toContain('Kanteltrainer · Hulp');
    expect(t.frame()).toContain('Tab          wisselen');
    // What b does in the debrief: all turns at once, shown or hidden (it never paged them one by one).
    expect(t.frame()).toContain('b            in de nabespreking: alle beurten met hun punten tonen of verbergen');
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
