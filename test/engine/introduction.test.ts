import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCase, score, start, step, type Report, type RunState, type Scenario, type Turn } from '../../engine';
import { typed } from '../calibration/strategies';
import { allCases, ROOT } from '../helpers/cases';

// The shared opening (issue 14): a case names only its client's words, the trainer adds the two points,
// and the rights owed before the onderzoek (art. 2.3.2 lid 2 and 3 Wmo 2015) count where the law puts them.

const MINI = readFileSync(join(ROOT, 'test', 'fixtures', 'mini.yaml'), 'utf8');
const BLOCK = `introduction:
  client: "Goedemiddag, komt u binnen."
  rights: "Goed. Waar wilt u beginnen?"
  replies:
    voorstellen: "Fijn dat u er bent."
    rechten: "Dat wist ik niet, dank u."
`;

function load(text: string): Scenario {
  const result = loadCase(text, 'mini.yaml');
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.line}:${i.column} ${i.path} ${i.message}`).join('\n'));
  return result.scenario;
}

const withIntro = load(MINI.replace('facts:\n', `${BLOCK}facts:\n`));
const without = load(MINI);

/** File number of the shared option with this reply key's text fragment. */
function optionAt(scenario: Scenario, point: string, fragment: string): number {
  const i = scenario.points[point]!.options.findIndex((o) => o.text.includes(fragment));
  expect(i, `${point}: geen optie met "${fragment}"`).toBeGreaterThanOrEqual(0);
  return i + 1;
}

function play(scenario: Scenario, turns: Turn[]): { state: RunState; report: Report } {
  let state = start(scenario, { seed: 0 }).state;
  for (const turn of turns) state = step(scenario, state, turn).state;
  return { state, report: score(scenario, state) };
}

const status = (report: Report, id: string) => report.opening?.elements.find((e) => e.id === id)?.status;

describe('a case with an introduction block', () => {
  it('opens with the client greeting at kennismaking, then the rights, then the case itself', () => {
    const first = start(withIntro, { seed: 0 });
    expect(first.state.point).toBe('kennismaking');
    expect(first.events).toContainEqual({ type: 'client_said', text: 'Goedemiddag, komt u binnen.', point: 'kennismaking' });
    const intro = step(withIntro, first.state, { type: 'option', option: optionAt(withIntro, 'kennismaking', 'Ik ben consulent') });
    expect(intro.events).toContainEqual({ type: 'client_said', text: 'Fijn dat u er bent.', point: 'kennismaking' });
    expect(intro.state.point).toBe('rechten_vooraf');
    const rights = step(withIntro, intro.state, { type: 'option', option: optionAt(withIntro, 'rechten_vooraf', 'Twee dingen vooraf') });
    expect(rights.state.point).toBe('begin');
    expect(rights.events).toContainEqual({ type: 'client_said', text: 'Ik weet niet goed waarom u er bent.', point: 'begin' });
  });

  it('gives an option without a reply of the case a short reply of its own', () => {
    const { state } = play(withIntro, [{ type: 'option', option: optionAt(withIntro, 'kennismaking', 'artikel 2.3.2') }]);
    expect(state.turns[0]!.reply).toMatch(/\S/);
    expect(state.turns[0]!.reply).not.toBe('Fijn dat u er bent.');
  });

  it('refuses a case that uses a name the opening needs, at the line of that point', () => {
    const clash = MINI.replace('facts:\n', `${BLOCK}facts:\n`).replace('  nazorg:\n', '  kennismaking:\n').replace('next: nazorg', 'next: kennismaking');
    const result = loadCase(clash, 'mini.yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]!.message).toContain('gereserveerd voor de gedeelde opening');
    expect(result.issues[0]!.line).toBe(clash.split('\n').findIndex((l) => l === '  kennismaking:') + 1);
  });

  it('refuses an introduction that goes on to a point that does not exist', () => {
    const result = loadCase(MINI.replace('facts:\n', `${BLOCK}  next: nergens\nfacts:\n`), 'mini.yaml');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.message).join(' ')).toContain('Onbekend beslismoment "nergens"');
  });
});

describe('the rights before the onderzoek', () => {
  const strongOpening: Turn[] = [
    { type: 'option', option: optionAt(withIntro, 'kennismaking', 'Ik ben consulent') },
    { type: 'option', option: optionAt(withIntro, 'rechten_vooraf', 'Twee dingen vooraf') },
  ];
  const closeWithRights: Turn = { type: 'close', text: 'Ik rond af.' };

  it('count in full in the opening, and the debrief shows every element in time', () => {
    const { report } = play(withIntro, [...strongOpening, closeWithRights]);
    const rights = report.items.filter((i) => i.rule === 'rights');
    expect(rights.find((i) => i.reason.includes('cliëntondersteuning'))?.points).toBe(8);
    expect(rights.find((i) => i.reason.includes('persoonlijk plan'))?.points).toBe(5);
    expect(report.opening?.turns).toEqual([1, 2]);
    expect(report.opening?.elements.map((e) => e.status)).toEqual(['op_tijd', 'op_tijd', 'op_tijd', 'op_tijd', 'op_tijd']);
    expect(report.flags.map((f) => f.code)).not.toContain('clientondersteuning_laat');
  });

  it('earn less and are noted as late when said only at the close', () => {
    const later = optionAt(withIntro, 'rechten_vooraf', 'aan het eind wel');
    const { report } = play(withIntro, [
      strongOpening[0]!,
      { type: 'option', option: later },
      { type: 'option', option: 1 },
      typed('U krijgt een verslag, en een onafhankelijke cliëntondersteuner kan u gratis helpen. U mag ook een persoonlijk plan sturen.'),
      closeWithRights,
    ]);
    const cliënt = report.items.find((i) => i.rule === 'rights' && i.reason.includes('cliëntondersteuning'));
    expect(cliënt?.points).toBe(3);
    expect(cliënt?.reason).toContain('pas nu');
    expect(report.flags.map((f) => f.code)).toEqual(expect.arrayContaining(['clientondersteuning_laat', 'persoonlijk_plan_laat']));
    expect(status(report, 'clientondersteuning')).toBe('laat');
    expect(status(report, 'toestemming')).toBe('niet');
    // The close that names the right is not itself a weak turn: the opening missed it.
    expect(report.turns[3]!.verdict).not.toBe('zwak');
  });

  it('a discouraged cliëntondersteuner counts as not told', () => {
    const { report } = play(withIntro, [strongOpening[0]!, { type: 'option', option: optionAt(withIntro, 'rechten_vooraf', 'echt niet nodig') }, closeWithRights]);
    expect(status(report, 'clientondersteuning')).toBe('niet');
    expect(report.items.some((i) => i.rule === 'rights' && i.reason.includes('cliëntondersteuning'))).toBe(false);
  });

  it('in a case without an opening, count in time only in the first turn', () => {
    const first = play(without, [typed('Ik ben consulent van de gemeente. U kunt gratis een onafhankelijke cliëntondersteuner vragen. Hoe gaat het met u?'), closeWithRights]).report;
    expect(status(first, 'clientondersteuning')).toBe('op_tijd');
    const late = play(without, [{ type: 'option', option: 1 }, typed('U kunt gratis een onafhankelijke cliëntondersteuner vragen.'), closeWithRights]).report;
    expect(status(late, 'clientondersteuning')).toBe('laat');
  });

  it('the explanation in the opening is no agreement: closing without any still costs', () => {
    const { report } = play(withIntro, [...strongOpening, closeWithRights]);
    expect(report.flags.map((f) => f.code)).toContain('geen_afspraken');
  });
});

describe('typing in the opening', () => {
  // The first two lines of test/calibration/typed/bakker-sterk.txt, without the name of meneer Bakker's late wife.
  const intro = 'Dank u wel voor de koffie. Ik ben Marloes Jansen, Wmo-consulent van de gemeente. Ik kom vandaag samen met u kijken wat u nodig heeft om hier prettig te blijven wonen, en dat is misschien breder dan alleen uw vraag.';
  const rights = 'Goed om vooraf te weten: u kunt gratis een onafhankelijke cliëntondersteuner vragen die met u meedenkt, en u mag ook zelf een persoonlijk plan opschrijven met wat u wilt. Vertelt u eens, hoe gaat het nu?';

  it('a strong opening in own words gets the credit of the strong options and reaches the case', () => {
    const { state, report } = play(withIntro, [typed(intro), typed(rights), { type: 'close' }]);
    expect(state.turns.slice(0, 2).map((t) => t.point)).toEqual(['kennismaking', 'rechten_vooraf']);
    expect(state.visited).toContain('begin');
    expect(status(report, 'voorstellen')).toBe('op_tijd');
    expect(status(report, 'doel')).toBe('op_tijd');
    expect(status(report, 'clientondersteuning')).toBe('op_tijd');
    expect(status(report, 'persoonlijk_plan')).toBe('op_tijd');
    const opening = report.items.filter((i) => i.turn === 1 || i.turn === 2).reduce((n, i) => n + i.points, 0);
    expect(opening).toBeGreaterThanOrEqual(5 + 8 + 5);
  });

  it('never stalls: one typed turn that matches nothing moves on from each opening point', () => {
    const { state } = play(withIntro, [typed('Wat een mooie tuin heeft u.'), typed('Wat een lekker weer vandaag.')]);
    expect(state.point).toBe('begin');
  });
});

describe('the opening and the endings', () => {
  it('explaining the conversation is no agreement: a run that only opened does not end on "afspraken op tafel"', () => {
    const bakker = allCases().find((c) => c.id === 'bakker')!;
    const { report } = play(bakker, [
      { type: 'option', option: optionAt(bakker, 'kennismaking', 'Ik ben consulent') },
      { type: 'option', option: optionAt(bakker, 'rechten_vooraf', 'Twee dingen vooraf') },
      { type: 'close' },
    ]);
    expect(report.ending).not.toBe('losse_eindjes');
    expect(report.flags.map((f) => f.code)).toContain('geen_afspraken');
  });
});
