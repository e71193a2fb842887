import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue, loadCase, start, step, type RunState } from '../../engine';
import { loadFile, localValues, SCENARIOS } from '../helpers/cases';

// Truus van Dam has dementia. That she starts to doubt her "neef Robert" when the bank comes up
// must rest on what came before (she told about his calls and the missing money, and trusts the
// consultant), never on one sentence (issue 14).

const kwetsbaar = loadFile(join(SCENARIOS, 'kwetsbaar.yaml'), 'kwetsbaar.yaml');
const bank = kwetsbaar.points.veiligheid!.options.findIndex((o) => o.reveals.includes('twijfel_robert')) + 1;

function atVeiligheid(trust: number, revealed: string[]): RunState {
  return { ...start(kwetsbaar, { seed: 1 }).state, point: 'veiligheid', visited: ['veiligheid'], trust, revealed };
}
const reply = (state: RunState) => step(kwetsbaar, state, { type: 'option', option: bank }).state.turns.at(-1)!.reply;

describe("Truus's doubt about Robert", () => {
  it('stays out when she never told about Robert, however high the trust', () => {
    expect(bank).toBeGreaterThan(0);
    const said = reply(atVeiligheid(10, []));
    expect(said).toBe(kwetsbaar.facts.twijfel_robert!.guarded);
    expect(said).not.toMatch(/Kees had geen kinderen/);
  });

  it('stays out when she told about Robert but trust is still low', () => {
    expect(reply(atVeiligheid(6, ['oplichting']))).toBe(kwetsbaar.facts.twijfel_robert!.guarded);
  });

  it('comes when she told about Robert earlier and trusts the consultant, and is a doubt, not a verdict', () => {
    const said = reply(atVeiligheid(9, ['oplichting']));
    expect(said).toMatch(/Kees had geen kinderen/);
    expect(said).toMatch(/niet meer zo zeker/);
    expect(said).not.toMatch(/Wie is Robert dan\?/);
  });

  it('is checked when the case is read: `after` names a fact that exists', () => {
    const text = readFileSync(join(SCENARIOS, 'kwetsbaar.yaml'), 'utf8').replace('after: [oplichting]', 'after: [oplichtng]');
    const result = loadCase(text, 'kwetsbaar.yaml', { local: localValues() });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map(formatIssue).join('\n')).toMatch(/facts\.twijfel_robert\.after\[0\] {2}Onbekend feit "oplichtng"\. Bedoelde je "oplichting"\?/);
  });
});
