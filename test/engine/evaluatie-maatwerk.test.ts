import { describe, expect, it } from 'vitest';
import { allCases } from '../helpers/cases';
import { playScriptText } from '../calibration/strategies';

// Evaluatie na zes weken: the informal plan was tried and failed. Once the trainee has heard what the
// client tried himself and that the buddy stopped, maatwerk is the next step on the ladder of art. 2.3.5
// lid 3 Wmo 2015, not "premature"; before that evaluation it still is.

const scenario = allCases().find((c) => c.id === 'evaluatie-zes-weken')!;
// Every script opens with the shared opening: introduce yourself (#2), then the rights (#3).
const OPENING = ['#2', '#3'];
const flags = (script: string) => playScriptText(scenario, script).flags.map((f) => f.code);
const items = (script: string) => playScriptText(scenario, script).items.map((i) => i.rule);

describe('maatwerk in the evaluation after six weeks', () => {
  it('is not premature once the failed informal route has been evaluated (clicked)', () => {
    // Open evaluation, the buddy, what he tried himself, the meals, the daughter, …, then the application taken.
    const script = [...OPENING, '#1', '#3', '#1', '#3', '#2', '#2', '#2', '#2', '#3', '#1', '#3', '/afronden'].join('\n');
    expect(flags(script)).not.toContain('premature_maatwerkvoorziening');
    expect(flags(script)).not.toContain('empty_handed');
  });

  it('is not premature once the failed informal route has been evaluated (typed)', () => {
    const script = [
      'Goedemiddag allebei. Hoe is het plan van zes weken geleden gegaan, wat werkte en wat niet?',
      'Hoe ging het met het maatje?',
      'Wat heeft u zelf geprobeerd in huis, en hoe ging dat?',
      'Monique, hoe gaat het met u, de laatste weken?',
      'Die aanvraag neem ik aan. Ik vraag hulp bij het huishouden aan voor uw vader, elke week.',
      '/afronden',
    ].join('\n');
    expect(flags(script)).not.toContain('premature_maatwerkvoorziening');
    expect(flags(script)).not.toContain('empty_handed');
  });

  it('is still premature when it comes before any evaluation, on the daughter\'s phone call alone', () => {
    const script = [...OPENING, '#3', '/afronden'].join('\n');
    expect(flags(script)).toContain('premature_maatwerkvoorziening');
    expect(items(script)).toContain('kanteling_order');
  });

  it('leaves the client empty-handed when the trainee keeps waiting for the informal route', () => {
    // Evaluates, but waits for a new buddy and refuses the application: no maatwerk arranged.
    const script = [...OPENING, '#1', '#3', '#1', '#3', '#2', '#2', '#2', '#2', '#3', '#2', '#1', '/afronden'].join('\n');
    const report = playScriptText(scenario, script);
    expect(report.flags.map((f) => f.code)).toEqual(expect.arrayContaining(['kanteling_als_wachtkamer', 'empty_handed']));
    expect(report.endingQuality).toBe('zwak');
  });
});
