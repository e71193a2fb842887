import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseHash, loadCase } from '../../engine';
import { lint } from '../../engine/analysis/lint';
import { ROOT, fixture } from '../helpers/cases';

// The verslag block a case carries at its end: the model verslag and the expert ZRM scores.

const mini = readFileSync(join(ROOT, 'test', 'fixtures', 'mini.yaml'), 'utf8');

const block = (zrm: string) => `
verslag:
  model:
    hulpvraag: "Ze wil thuis veilig blijven wonen."
    beperkingen: "Ze viel twee keer in de badkamer."
    eigen_kracht: "Ze kookt en wast zelf."
    netwerk: "Haar dochter woont om de hoek."
    voorzieningen: "Er is een valpreventiecursus in de wijk."
    conclusie: "Met de dochter en de cursus is maatwerk niet nodig."
    afspraken: "Over zes weken bel ik haar."
  zrm:
${zrm}`;

const threeDomains = `    lichamelijke_gezondheid: { score: 3, reason: "Ze valt.", facts: [valpartij] }
    sociaal_netwerk: { score: 4, reason: "De dochter is dichtbij.", facts: [dochter] }
    huisvesting: { score: 4, reason: "Een gewone woning die past." }
`;

const load = (text: string) => loadCase(text, 'mini.yaml');

describe('the verslag block of a case', () => {
  it('loads with a model verslag of seven steps and expert ZRM scores', () => {
    const result = load(mini + block(threeDomains));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario.verslag?.zrm.lichamelijke_gezondheid).toEqual({ score: 3, reason: 'Ze valt.', facts: ['valpartij'] });
    expect(Object.keys(result.scenario.verslag!.model)).toHaveLength(7);
  });

  it('names the line of a ZRM score that rests on a fact the case does not have, with a suggestion', () => {
    const text = mini + block(threeDomains.replace('facts: [dochter]', 'facts: [dochtr]'));
    const result = load(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const line = text.split('\n').findIndex((l) => l.includes('[dochtr]')) + 1;
    expect(result.issues[0]).toMatchObject({ line, message: expect.stringContaining('Onbekend feit "dochtr"') });
    expect(result.issues[0]!.message).toContain('dochter');
  });

  it('refuses a score outside 1 to 5, a missing step and fewer than three domains, each at its place', () => {
    expect(load(mini + block(threeDomains.replace('score: 3', 'score: 6'))).ok).toBe(false);
    expect(load(mini + block(threeDomains).replace(/ {4}conclusie: .*\n/, '')).ok).toBe(false);
    const two = load(mini + block(threeDomains.split('\n').slice(0, 2).join('\n') + '\n'));
    expect(two.ok).toBe(false);
    if (!two.ok) expect(two.issues.map((i) => i.message).join(' ')).toContain('minstens 3 ZRM-domeinen');
  });

  it('refuses a ZRM domain that does not exist', () => {
    const result = load(mini + block(threeDomains.replace('huisvesting', 'wonen')));
    expect(result.ok).toBe(false);
  });

  it('leaves the case hash alone, so runs played before the block was added still compare', () => {
    const result = load(mini + block(threeDomains));
    expect(result.ok && caseHash(result.scenario)).toBe(caseHash(fixture('mini.yaml')));
  });

  it('lint warns when a case has no verslag block, and not when it has one', () => {
    const missing = lint(fixture('mini.yaml')).filter((f) => f.message.includes('verslag-blok'));
    expect(missing).toHaveLength(1);
    expect(missing[0]!.severity).toBe('waarschuwing');
    const result = load(mini + block(threeDomains));
    expect(result.ok && lint(result.scenario).filter((f) => f.path[0] === 'verslag' || f.message.includes('verslag-blok'))).toEqual([]);
  });
});
