import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportSchema, type Scenario } from '../../engine';
import { b1Problems } from '../../engine/analysis/lint-b1';
import { trainerTexts } from '../../engine/analysis/lint-jargon';
import { allCases } from '../helpers/cases';
import { hasGolden, transcripts } from '../helpers/transcripts';

// A debrief mixes the case's words with the engine's own (a closed question, a right named late, a
// refusal at the table). Volunteers read both, so the engine's words are held to B1 as well (issue 14).
// Read from the golden runs: what a trainee sees. The case's own texts are lint's business, and the fact
// summaries the engine quotes are the case author's words, so both are taken out before reading.

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('nl') + s.slice(1);

function caseWords(scenario: Scenario): { texts: Set<string>; quoted: string[] } {
  const texts = new Set(trainerTexts(scenario).map((t) => t.text));
  const quoted = Object.values(scenario.facts).flatMap((f) => {
    const bare = f.summary.replace(/[.!?]+$/, '');
    return [bare, lowerFirst(bare)];
  });
  return { texts, quoted: quoted.sort((a, b) => b.length - a.length) };
}

/** The engine's own words in one debrief line: the turn number dropped, quoted fact summaries blanked. */
function engineWords(line: string, words: ReturnType<typeof caseWords>): string | null {
  const bare = line.replace(/^Beurt \d+: /, '');
  if (words.texts.has(bare)) return null;
  let out = bare;
  for (const q of words.quoted) out = out.split(q).join('dit');
  return out;
}

describe('the engine\'s own words in a debrief', () => {
  const cases = allCases();
  const runs = transcripts(cases).filter(hasGolden);

  it('are found in the golden runs at all (the check below reads something)', () => {
    expect(runs.length).toBeGreaterThan(cases.length);
  });

  it('are at B1: short sentences, no officialese, article numbers in brackets', () => {
    const found: string[] = [];
    for (const run of runs) {
      const report = reportSchema.parse(JSON.parse(readFileSync(run.golden, 'utf8')));
      const words = caseWords(run.scenario);
      const lines = [...report.items.filter((i) => i.rule !== 'case').map((i) => i.reason), ...report.critical.map((c) => c.message), ...report.flags.map((f) => f.message)];
      for (const line of lines) {
        const own = engineWords(line, words);
        if (own === null) continue;
        for (const problem of b1Problems(own)) found.push(`${run.name}: ${own}\n  ${problem}`);
      }
    }
    expect([...new Set(found)]).toEqual([]);
  });
});
