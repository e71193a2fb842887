import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCase, readRunFile, reviewVerslag, start, step, toRunFile, type RunState, type Scenario, type Turn } from '../../engine';
import { importRuns } from '../../engine/compare/import-runs';
import { ROOT } from '../helpers/cases';
import { seemsNamed } from '../../engine/verslag/mentions';

// The checklist beside a trainee's verslag comes from the run: the facts this run found, what it arranged.

const mini = readFileSync(join(ROOT, 'test', 'fixtures', 'mini.yaml'), 'utf8');
const withVerslag = `${mini}
verslag:
  model:
    hulpvraag: "Ze wil thuis veilig blijven wonen."
    beperkingen: "Ze viel vorige maand."
    eigen_kracht: "Ze doet alles zelf, langzaam."
    netwerk: "Haar dochter woont om de hoek."
    voorzieningen: "De buurtbus en een alarmknop."
    conclusie: "Maatwerk is niet nodig."
    afspraken: "Over zes weken bel ik haar."
  zrm:
    lichamelijke_gezondheid: { score: 3, reason: "Ze valt en zegt het niemand.", facts: [valpartij] }
    sociaal_netwerk: { score: 3, reason: "Een dochter dichtbij die ze niet wil belasten.", facts: [dochter] }
    instrumentele_adl: { score: 4, reason: "Ze doet alles zelf, langzaam." }
`;

function scenario(): Scenario {
  const loaded = loadCase(withVerslag, 'mini.yaml');
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('\n'));
  return loaded.scenario;
}

function play(s: Scenario, options: number[], close = false): RunState {
  let state = start(s, { seed: 0 }).state;
  const turns: Turn[] = [...options.map((option) => ({ type: 'option' as const, option })), ...(close ? [{ type: 'close' as const }] : [])];
  for (const turn of turns) state = step(s, state, turn).state;
  return state;
}

const items = (review: ReturnType<typeof reviewVerslag>, stepId: string) => review.steps.find((s) => s.step === stepId)!.checklist;

describe('the verslag review', () => {
  const s = scenario();
  // Open question, network, health, then the buurtbus and alarm, then follow-up: both facts found, support arranged.
  const full = play(s, [1, 1, 1, 1, 1]);
  // The loket route: household help at once, then the verslag without support.
  const loket = play(s, [2, 2]);

  it('lists the facts this run found under their step, and nothing it did not find', () => {
    const review = reviewVerslag(s, full, undefined);
    expect(items(review, 'netwerk').map((i) => i.text)).toEqual(['Haar dochter woont om de hoek']);
    expect(items(review, 'beperkingen').map((i) => i.text)).toEqual(['Ze is vorige maand gevallen']);
    const other = reviewVerslag(s, loket, undefined);
    expect(other.steps.flatMap((st) => st.checklist).filter((i) => i.kind === 'found')).toEqual([]);
  });

  it('lists what this run arranged under the agreements, and says so when nothing was', () => {
    const arranged = items(reviewVerslag(s, full, undefined), 'afspraken');
    expect(arranged.map((i) => i.kind)).toEqual(['arranged']);
    expect(arranged[0]!.text).toContain('buurtbus');
    const weak = play(s, [1, 3, 3], true);
    expect(items(reviewVerslag(s, weak, undefined), 'afspraken').map((i) => i.kind)).toEqual(['nothing_arranged']);
  });

  it('asks for the reasoning behind maatwerk when the run arranged it, and names the facts left hidden as open', () => {
    const conclusie = items(reviewVerslag(s, loket, undefined), 'conclusie');
    expect(conclusie[0]!.text).toContain('Je regelde een maatwerkvoorziening');
    expect(conclusie.some((i) => i.kind === 'open' && i.text.includes('2 dingen'))).toBe(true);
    expect(items(reviewVerslag(s, full, undefined), 'conclusie').some((i) => i.kind === 'open')).toBe(false);
  });

  it('marks an item as recognised when the written verslag names it, in any field, and not when it does not', () => {
    const named = reviewVerslag(s, full, { fields: { beperkingen: 'Mevrouw is vorige maand thuis gevallen.', afspraken: 'Aangemeld voor de buurtbus en een alarmknop.' }, zrm: {} });
    expect(items(named, 'beperkingen')[0]!.named).toBe(true);
    expect(items(named, 'afspraken')[0]!.named).toBe(true);
    expect(items(named, 'netwerk')[0]!.named).toBe(false);
    expect(items(reviewVerslag(s, full, undefined), 'netwerk')[0]!.named).toBeNull();
  });

  it.each([
    ['Hij gaat zaterdag weer naar de voetbalclub.', ['Op zaterdag naar de club'], true],
    ['De buurvrouwen rijden vrijdag.', ['De buurvrouw rijdt op vrijdag'], true],
    ['Hij kookt zelf.', ['De buurvrouw rijdt op vrijdag'], false],
    ['Hij gaat naar de club.', ['Op zaterdag naar de voetbalclub met Gerrit'], false],
  ] as const)('reads "%s" as naming %j: %s', (written, reference, named) => {
    expect(seemsNamed(written, reference)).toBe(named);
  });

  it('sets the self-scores beside the expert scores and says which hidden facts the trainee could not weigh', () => {
    const rows = reviewVerslag(s, loket, { fields: {}, zrm: { lichamelijke_gezondheid: 5 } }).zrm;
    expect(rows.map((r) => [r.domain, r.own, r.expert])).toEqual([['lichamelijke_gezondheid', 5, 3], ['sociaal_netwerk', null, 3], ['instrumentele_adl', null, 4]]);
    expect(rows[0]!.unseen).toEqual(['Ze is vorige maand gevallen']);
    expect(reviewVerslag(s, full, undefined).zrm[0]!.unseen).toEqual([]);
  });

  it('shows the model verslag per step, and none for a case without the block', () => {
    expect(reviewVerslag(s, full, undefined).steps[0]!.model).toBe('Ze wil thuis veilig blijven wonen.');
    const bare = { ...s, verslag: undefined };
    const review = reviewVerslag(bare, full, undefined);
    expect(review.hasModel).toBe(false);
    expect(review.steps[0]!.model).toBeNull();
    expect(review.zrm).toEqual([]);
  });
});

describe('the verslag in a run file', () => {
  const s = scenario();
  const state = play(s, [1, 1, 1, 1, 1]);

  it('is kept, without control characters and without empty fields', () => {
    const file = toRunFile(s, state, { verslag: { fields: { hulpvraag: '  Veilig \u001b[2Jthuis wonen. ', netwerk: '   ' }, zrm: { sociaal_netwerk: 3 } } });
    const read = readRunFile(JSON.stringify(file));
    expect(read.ok && read.run.verslag).toEqual({ fields: { hulpvraag: 'Veilig thuis wonen.' }, zrm: { sociaal_netwerk: 3 } });
  });

  it('is left out when nothing was written', () => {
    expect('verslag' in toRunFile(s, state, { verslag: { fields: { hulpvraag: ' ' }, zrm: {} } })).toBe(false);
  });

  it('an older run file without a verslag still loads and compares', () => {
    const file = toRunFile(s, state);
    expect('verslag' in file).toBe(false);
    const { participants, refused } = importRuns(s, [{ source: 'oud.json', text: JSON.stringify(file) }]);
    expect(refused).toEqual([]);
    expect(participants[0]!.run.verslag).toBeUndefined();
  });

  it('refuses a run file whose verslag scores outside 1 to 5 or runs far too long', () => {
    const file = toRunFile(s, state);
    expect(readRunFile(JSON.stringify({ ...file, verslag: { fields: {}, zrm: { sociaal_netwerk: 9 } } })).ok).toBe(false);
    expect(readRunFile(JSON.stringify({ ...file, verslag: { fields: { hulpvraag: 'x'.repeat(5000) }, zrm: {} } })).ok).toBe(false);
  });

  it('counts a run saved before and after its verslag was written once, with the verslag', () => {
    const before = JSON.stringify(toRunFile(s, state));
    const after = JSON.stringify(toRunFile(s, state, { verslag: { fields: { netwerk: 'De dochter om de hoek.' }, zrm: {} } }));
    const { participants, refused } = importRuns(s, [{ source: 'voor.json', text: before }, { source: 'na.json', text: after }]);
    expect(participants).toHaveLength(1);
    expect(participants[0]!.run.verslag?.fields.netwerk).toBe('De dochter om de hoek.');
    expect(refused[0]!.reason).toContain('Het verslag uit dit bestand is erbij gezet.');
  });

  it('keeps the verslag when a comparison imports the run', () => {
    const file = toRunFile(s, state, { verslag: { fields: { conclusie: 'Geen maatwerk nodig.' }, zrm: {} } });
    const { participants } = importRuns(s, [{ source: 'a.json', text: JSON.stringify(file) }]);
    expect(participants[0]!.run.verslag?.fields.conclusie).toBe('Geen maatwerk nodig.');
  });
});
