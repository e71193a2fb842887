import { describe, expect, it } from 'vitest';
import { start, step } from '../../engine';
import { personaForModel, voiceMessages } from '../../node/model';
import { allCases } from '../helpers/cases';

describe('persona for the model', () => {
  it.each([
    ['a paragraph that lists the secrets', 'Je bent Henk.\n\nJe vertelt nooit uit jezelf: dat je kookt; dat je zoon in Canada woont. Je zoon belt nooit.\n\nJe praat formeel.', 'Je bent Henk.\n\nJe praat formeel.'],
    ['one sentence among others', 'Ze is hartelijk. Ze vertelt nooit uit zichzelf over het gas. Ze zingt graag.', 'Ze is hartelijk. Ze zingt graag.'],
    ['"niet uit zichzelf"', "Ans is praktisch. Ze is op, maar dat zegt ze niet uit zichzelf: 'ik doe het graag'. Ze is trots.", 'Ans is praktisch. Ze is trots.'],
    ['a persona without secrets', 'Vriendelijk en bescheiden.', 'Vriendelijk en bescheiden.'],
  ])('cuts %s', (_, persona, expected) => {
    expect(personaForModel(persona)).toBe(expected);
  });

  it.each(allCases().map((c) => [c.id, c] as const))('%s: the first voiced prompt holds no secret list and no unrevealed fact', (_, scenario) => {
    const first = step(scenario, start(scenario).state, { type: 'option', option: 1 });
    const prompt = voiceMessages(scenario, first.state, first.events).map((m) => String(m.content)).join('\n');
    expect(prompt).not.toMatch(/\b(nooit|niet)\s+uit\s+(je|zich|haar)zelf\b/i);
    for (const [id, fact] of Object.entries(scenario.facts)) {
      if (!first.state.revealed.includes(id)) expect(prompt).not.toContain(fact.says);
    }
  });
});
