import type { Scenario } from '../case/schema';
import type { Glossary } from '../glossary/glossary';
import { termsIn } from '../glossary/glossary';
import type { Finding } from './lint';

// Feedback and endings are read by volunteers: an abbreviation or an article number the glossary
// does not explain is jargon (issue 14). Client lines are left alone: the client speaks as he speaks.

const ACRONYM = /(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}\p{N}]{1,5}(?![\p{L}\p{N}])/gu;
const ARTICLE = /(?<![\p{L}])(art\.|artikel)(?=\s*\d)/giu;

/** Texts a trainee reads as the trainer's words, with where they sit in the file. */
export function trainerTexts(scenario: Scenario): { text: string; path: (string | number)[] }[] {
  const out: { text: string; path: (string | number)[] }[] = [];
  for (const [id, point] of Object.entries(scenario.points)) {
    point.options.forEach((o, i) => {
      const at = ['points', id, 'options', i];
      out.push({ text: o.feedback, path: [...at, 'feedback'] });
      if (o.critical) out.push({ text: o.critical, path: [...at, 'critical'] });
      if (o.flag) out.push({ text: o.flag.message, path: [...at, 'flag', 'message'] });
      o.score.forEach((item, j) => out.push({ text: item.reason, path: [...at, 'score', j, 'reason'] }));
    });
  }
  for (const [id, ending] of Object.entries(scenario.endings)) out.push({ text: ending.debrief, path: ['endings', id, 'debrief'] });
  return out;
}

/** The glossary's entries that this case's feedback and endings use, in the order they first appear. */
export function caseTerms(scenario: Scenario, glossary: Glossary): string[] {
  const ids: string[] = [];
  for (const { text } of trainerTexts(scenario)) for (const hit of termsIn(text, glossary)) if (!ids.includes(hit.id)) ids.push(hit.id);
  return ids;
}

/** Each abbreviation or article number in feedback and endings that the glossary does not explain, once per case. */
export function unexplainedJargon(scenario: Scenario, glossary: Glossary): Finding[] {
  const findings: Finding[] = [];
  const reported = new Set<string>();
  for (const { text, path } of trainerTexts(scenario)) {
    const covered = termsIn(text, glossary);
    const inTerm = (i: number) => covered.some((h) => i >= h.start && i < h.end);
    for (const m of [...text.matchAll(ACRONYM), ...text.matchAll(ARTICLE)]) {
      const word = m[0];
      if (inTerm(m.index) || reported.has(word.toLowerCase())) continue;
      reported.add(word.toLowerCase());
      findings.push({
        severity: 'waarschuwing',
        path,
        message: `"${word}" staat niet in begrippen.yaml. Een vrijwilliger kent dit misschien niet: schrijf het uit, of zet het in begrippen.yaml met een korte uitleg in gewone woorden.`,
      });
    }
  }
  return findings;
}
