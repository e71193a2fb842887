import { z } from 'zod';
import { FORMS, formSchema, type Form } from '../text/form';
import type { RunState } from '../run/state';

// The conversation-skill panel: counts per form and the MITI 4.2.1 summary scores with their
// fair and good thresholds, so a trainee sees how they asked, not only what about.

export const skillsSchema = z.object({
  counts: z.record(formSchema, z.number().int()),
  questions: z.number().int(),
  reflections: z.number().int(),
  /** Percentage of questions that were open; null without questions. */
  openQuestionPct: z.number().nullable(),
  /** Reflections per question; null without questions. */
  reflectionToQuestion: z.number().nullable(),
  /** Percentage of reflections that were complex; null without reflections. */
  complexReflectionPct: z.number().nullable(),
  measures: z.array(z.object({
    id: z.enum(['open_questions', 'reflection_to_question', 'complex_reflections']),
    label: z.string(),
    value: z.number().nullable(),
    shown: z.string(),
    fair: z.string(),
    good: z.string(),
    level: z.enum(['goed', 'redelijk', 'nog niet', 'niet gemeten']),
  })),
  /** How the counts were made, for the panel. */
  note: z.string(),
  /** Up to two sentences from the run: a reflection and an open question where there were any. */
  examples: z.array(z.object({ turn: z.number().int(), form: formSchema, text: z.string() })),
});
export type Skills = z.infer<typeof skillsSchema>;

const pct = (part: number, whole: number): number | null => (whole === 0 ? null : Math.round((part / whole) * 100));

function level(value: number | null, fair: number, good: number): Skills['measures'][number]['level'] {
  if (value === null) return 'niet gemeten';
  return value >= good ? 'goed' : value >= fair ? 'redelijk' : 'nog niet';
}

export function skillsOf(state: RunState): Skills {
  const counts = Object.fromEntries(FORMS.map((f) => [f, 0])) as Record<Form, number>;
  // MITI codes every utterance: a reflection followed by a question counts as both.
  for (const t of state.turns) for (const f of t.segments.length > 0 ? t.segments : t.form !== null ? [t.form] : []) counts[f]++;
  const questions = counts.open_question + counts.closed_question;
  const reflections = counts.simple_reflection + counts.complex_reflection;
  const openQuestionPct = pct(counts.open_question, questions);
  const reflectionToQuestion = questions === 0 ? null : Math.round((reflections / questions) * 100) / 100;
  const complexReflectionPct = pct(counts.complex_reflection, reflections);
  const measures: Skills['measures'] = [
    { id: 'open_questions', label: 'Open vragen (van alle vragen)', value: openQuestionPct, shown: openQuestionPct === null ? '–' : `${openQuestionPct}%`, fair: '50%', good: '70%', level: level(openQuestionPct, 50, 70) },
    { id: 'reflection_to_question', label: 'Reflecties per vraag', value: reflectionToQuestion, shown: reflectionToQuestion === null ? '–' : `${reflectionToQuestion.toFixed(1).replace('.', ',')} : 1`, fair: '1 : 1', good: '2 : 1', level: level(reflectionToQuestion, 1, 2) },
    { id: 'complex_reflections', label: 'Complexe reflecties (van alle reflecties)', value: complexReflectionPct, shown: complexReflectionPct === null ? '–' : `${complexReflectionPct}%`, fair: '40%', good: '50%', level: level(complexReflectionPct, 40, 50) },
  ];
  const pick = (forms: readonly Form[]) => {
    for (const t of state.turns) {
      const f = [t.form, ...t.segments].find((x): x is Form => x !== null && forms.includes(x));
      if (f) return { turn: t.n, form: f, text: t.text };
    }
    return undefined;
  };
  const reflection = pick(['complex_reflection', 'simple_reflection', 'summary']);
  const question = pick(['open_question']);
  const examples = [reflection, question !== undefined && question.turn !== reflection?.turn ? question : undefined].filter((e) => e !== undefined);
  const note = 'Geteld per zin, zoals MITI doet: een beurt met een reflectie en een vraag telt voor allebei.';
  return { counts, questions, reflections, openQuestionPct, reflectionToQuestion, complexReflectionPct, measures, note, examples };
}
