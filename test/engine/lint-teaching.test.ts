import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCase, start, step, type Scenario } from '../../engine';
import { lint, lintCase } from '../../engine/analysis/lint';
import { localValues, SCENARIOS } from '../helpers/cases';

// The walk-through's case (scenarios/README.md), changed the way a newcomer would change it.
const guide = readFileSync(join(SCENARIOS, 'README.md'), 'utf8');
const open = guide.indexOf('```yaml\n', guide.indexOf('**1. Maak het bestand.**'));
const deBoerText = guide.slice(open + 8, guide.indexOf('```', open + 8));

function deBoer(edit: (text: string) => string = (t) => t): Scenario {
  const loaded = loadCase(edit(deBoerText), 'de-boer.yaml', { local: localValues() });
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => `${i.line}: ${i.message}`).join('\n'));
  return loaded.scenario;
}
const found = (scenario: Scenario) => lint(scenario).map((f) => `${f.severity} ${f.path.join('.')}`);

describe('lint: what a debrief teaches', () => {
  it('treats one-line verdicts alike: "Te vaag." and "Verslag en evaluatie." are both too thin', () => {
    const scenario = deBoer();
    scenario.points.afspraak!.options[1]!.feedback = 'Te vaag.';
    scenario.points.afspraak!.options[0]!.feedback = 'Verslag en evaluatie.';
    const at = found(scenario);
    expect(at).toContain('fout points.afspraak.options.1.feedback');
    expect(at).toContain('fout points.afspraak.options.0.feedback');
    expect(found(deBoer()).filter((f) => f.endsWith('feedback'))).toEqual([]);
  });

  it('warns about an option without reply that reveals nothing: the client has nothing of his own to say', () => {
    const scenario = deBoer();
    delete scenario.points.breder!.options[0]!.reply;
    expect(found(scenario)).toContain('waarschuwing points.breder.options.0');
    expect(found(deBoer()).filter((f) => /options\.\d+$/.test(f))).toEqual([]);
  });

  it('warns about an option that names a person the client has not mentioned on every way there', () => {
    const named = deBoer((t) =>
      t
        .replace('says: "De buurvrouw gaat elke vrijdag', 'says: "Buurvrouw Truus gaat elke vrijdag')
        .replace('Wat zou u ervan vinden om met haar mee te rijden', 'Wat zou u ervan vinden om met Truus mee te rijden'));
    const messages = lint(named).filter((f) => f.path.join('.') === 'points.plan.options.2.text');
    expect(messages).toHaveLength(1);
    expect(messages[0]!.message).toContain('noemt Truus');
    // Named by the client on every way in: no finding. At plan, the way through "Kunnen uw kinderen niet helpen?" never hears Truus.
    const everyWay = deBoer((t) => t.replace('client: "Wat stelt u voor?"', 'client: "Wat stelt u voor? Truus van hiernaast zegt altijd dat ik te bescheiden ben."')
      .replace('says: "De buurvrouw gaat elke vrijdag', 'says: "Buurvrouw Truus gaat elke vrijdag')
      .replace('Wat zou u ervan vinden om met haar mee te rijden', 'Wat zou u ervan vinden om met Truus mee te rijden'));
    expect(lint(everyWay).filter((f) => f.path.join('.') === 'points.plan.options.2.text')).toEqual([]);
  });

  it('notes an ending whose condition holds where its quality does not fit the score', () => {
    // The guide's first version: "gemiddeld" held for the loket route, which scores next to nothing.
    const loose = deBoer((t) => t.replace('when: { notFlagged: [empty_handed, premature_maatwerkvoorziening] }', 'when: { notFlagged: [empty_handed] }'));
    const note = lint(loose).find((f) => f.path.join('.') === 'endings.gemiddeld.when');
    expect(note?.severity).toBe('opmerking');
    expect(note?.message).toMatch(/score \d+ \(opties [\d, ]+\).*te laag/);
  });

  it('notes a weak ending that follows a strong score without a critical error', () => {
    const scenario = deBoer();
    // A weak ending first in line, holding for everyone who found the knee.
    scenario.endings = { streng: { ...scenario.endings.loket!, when: { found: ['knie'] } }, ...scenario.endings };
    const note = lint(scenario).find((f) => f.path.join('.') === 'endings.streng.when');
    expect(note?.message).toContain('Dit zwakke einde volgt ook op een pad met score');
  });

  it('gives the best and worst path, and warns when the best cannot reach a strong ending', () => {
    const result = lintCase(deBoer());
    expect(result.best!.score).toBeGreaterThanOrEqual(65);
    expect(result.best!.ending).toBe('sterk');
    expect(result.worst!.score).toBeLessThan(result.best!.score);
    const weak = deBoer();
    for (const point of Object.values(weak.points)) for (const option of point.options) option.score = option.score.map((s) => ({ ...s, points: Math.min(s.points, 5) }));
    for (const fact of Object.values(weak.facts)) fact.points = 5;
    expect(found(weak)).toContain('waarschuwing endings.sterk');
  });
});

describe('an option without reply', () => {
  it('speaks the fact it reveals, and when that fact is already out, a fallback line: never silence', () => {
    const scenario = deBoer();
    let run = start(scenario, { seed: 1 });
    run = step(scenario, run.state, { type: 'option', option: 3 });
    expect(run.events).toContainEqual(expect.objectContaining({ type: 'client_said', text: scenario.facts.knie!.says }));
    // A second option that reveals the same fact, now already told.
    const again = structuredClone(scenario);
    again.points.netwerk!.options[1] = { ...again.points.netwerk!.options[1]!, reveals: ['knie'] };
    delete again.points.netwerk!.options[1]!.reply;
    const next = step(again, run.state, { type: 'option', option: 2 });
    const said = next.events.filter((e) => e.type === 'client_said' && e.point === 'netwerk');
    expect(said).toHaveLength(1);
    expect(again.fallback.netwerk.replies).toContain((said[0] as { text: string }).text);
  });
});
