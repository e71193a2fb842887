import { describe, expect, it } from 'vitest';
import { allCases } from '../helpers/cases';
import { playScriptText } from '../calibration/strategies';

// A typed conversation runs behind or ahead of the case's points. A knock-out said in the trainee's own
// words is still a knock-out when the conversation is at another point than the option that names it.

const scenario = allCases().find((c) => c.id === 'nieuwkomer-tolk')!;
const run = (lines: string[]) => playScriptText(scenario, [...lines, '/afronden'].join('\n'));

describe('a typed knock-out said at another point', () => {
  it('is critical: promising help without aanvraag or beschikking while the conversation is still at the start', () => {
    const report = run([
      'Goedemiddag mevrouw Haddad, ik kom voor u. In welke taal praat u het liefst?',
      'Papieren zijn niet nodig: geen aanvraag en geen beschikking, de hulp begint gewoon volgende week.',
    ]);
    // The case's own reason, from the option that names this error (at plan_huis or afronden), not only "empty-handed".
    expect(report.critical.map((f) => f.code).filter((c) => c === 'kritiek_plan_huis' || c === 'kritiek_afronden')).not.toEqual([]);
    expect(report.overall).toBeLessThanOrEqual(40);
    expect(report.endingQuality).toBe('zwak');
  });

  it('is not triggered by a sound sentence on the same subject', () => {
    const report = run([
      'Goedemiddag mevrouw Haddad, ik kom voor u. In welke taal praat u het liefst?',
      'U krijgt een verslag, en als u een aanvraag doet, krijgt u binnen twee weken een beschikking waartegen u bezwaar kunt maken.',
    ]);
    expect(report.critical.map((f) => f.code).filter((c) => c.startsWith('kritiek_'))).toEqual([]);
  });
});
