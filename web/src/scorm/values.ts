import type { Report } from '../engine';

// What the trainer writes into an LMS's SCORM 1.2 data model, worked out from the engine's report.
// Pure, so it is tested without an LMS.

export type LessonStatus = 'incomplete' | 'completed' | 'passed' | 'failed';

/** completed; or, with a pass mark (0–100), passed or failed against it. */
export function lessonStatus(finished: boolean, overall: number, passMark: number | null): LessonStatus {
  if (!finished) return 'incomplete';
  if (passMark === null) return 'completed';
  return overall >= passMark ? 'passed' : 'failed';
}

/** SCORM 1.2 CMITimespan: HHHH:MM:SS.SS. */
export function timespan(ms: number): string {
  const total = Math.max(0, Math.round(ms / 10)) / 100;
  const hours = Math.min(9999, Math.floor(total / 3600));
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return `${String(hours).padStart(4, '0')}:${String(minutes).padStart(2, '0')}:${seconds.toFixed(2).padStart(5, '0')}`;
}

export interface Interaction {
  id: string;
  type: 'choice';
  /** The option's id: its number in the case file, as one character (1–9, then a–z); absent when no option was taken. */
  response: string | null;
  result: 'correct' | 'wrong' | 'neutral' | 'unanticipated';
}

const RESULT: Record<Report['turns'][number]['verdict'], Interaction['result']> = { sterk: 'correct', neutraal: 'neutral', zwak: 'wrong', kritiek: 'wrong' };

/** One entry per turn at a decision point (closing the conversation is none): the point, the option, the case's verdict. */
export function interactions(report: Report): Interaction[] {
  return report.turns
    .filter((t) => t.kind !== 'close')
    .map((t) => ({
      id: t.point.slice(0, 255),
      type: 'choice',
      response: t.option !== null && t.option >= 1 && t.option <= 35 ? t.option.toString(36) : null,
      result: t.option === null ? 'unanticipated' : RESULT[t.verdict],
    }));
}

/** The pass mark: the LMS's mastery score first (set in the manifest), else the package's own (?slaag=), else none. */
export function passMark(masteryScore: string, search: string): number | null {
  for (const raw of [masteryScore, new URLSearchParams(search).get('slaag') ?? '']) {
    if (raw.trim() === '') continue;
    const n = Number(raw);
    if (Number.isFinite(n) && n >= 0 && n <= 100) return n;
  }
  return null;
}
