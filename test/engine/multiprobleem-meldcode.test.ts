import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { score, start, step, type Option, type RunState } from '../../engine';
import { loadFile, SCENARIOS } from '../helpers/cases';

// The meldcode in multiprobleem follows the 2019 afwegingskader (issue 14): at acute or structural
// unsafety reporting to Veilig Thuis is required, a child who sees violence between its parents is
// a victim of kindermishandeling, and a melding the consultant tells the client to her face is
// never called one made behind her back.

const multi = loadFile(join(SCENARIOS, 'multiprobleem.yaml'), 'multiprobleem.yaml');
const options = Object.values(multi.points).flatMap((p) => p.options);
const aboutVeiligThuis = options.filter((o) => /Veilig Thuis/.test(`${o.text} ${o.feedback} ${o.critical ?? ''}`));
const allText = JSON.stringify(multi);
const at = (point: string): RunState => ({ ...start(multi, { seed: 1 }).state, point, visited: [point], trust: 8 });
const melding = multi.points.veilig!.options.find((o) => /^Dit moet ik melden bij Veilig Thuis/.test(o.text))!;

describe('the meldcode in multiprobleem', () => {
  it('never says a melding goes "buiten haar om" or behind her back', () => {
    const said = (o: Option) => `${o.feedback} ${o.flag?.message ?? ''} ${o.critical ?? ''}`;
    for (const o of options) expect(said(o)).not.toMatch(/buiten haar om|achter haar rug|zonder (eerst )?met (haar|de cliënt) te praten/);
    expect(allText).not.toMatch(/deel niets buiten u om/);
  });

  it('calls reporting required at acute or structural unsafety, wherever a pitfall or a strong option weighs it', () => {
    const weighing = aboutVeiligThuis.filter((o) => /meld/.test(o.feedback));
    expect(weighing.length).toBeGreaterThanOrEqual(3);
    for (const o of weighing) expect(o.feedback, o.text).toMatch(/(acute|structurele?|steeds terugkerende|komt steeds terug)[^.]*(verplicht|moet je melden)|verplicht[^.]*(acute|structurele?)/);
  });

  it('counts a child who saw the violence as a victim of kindermishandeling', () => {
    for (const o of [melding, multi.points.veilig!.options.find((o) => o.arranges)!]) expect(o.feedback).toMatch(/kindermishandeling/);
  });

  it('gives credit for telling her openly that a melding is needed, and marks only how it is left', () => {
    const result = step(multi, at('veilig'), { type: 'option', option: multi.points.veilig!.options.indexOf(melding) + 1 });
    const items = score(multi, result.state).items.filter((i) => i.turn === 1);
    expect(items.some((i) => i.points > 0 && /melding/.test(i.reason))).toBe(true);
    expect(melding.feedback).toMatch(/recht in het gezicht/);
    expect(melding.flag!.message).toMatch(/open aangekondigd/);
  });

  it('has the strong option say honestly, before anything happens, that a melding may follow', () => {
    const strong = multi.points.veilig!.options.find((o) => o.arranges)!;
    expect(strong.text).toMatch(/melding nodig/);
    expect(strong.text).toMatch(/open, met u erbij/);
  });
});
