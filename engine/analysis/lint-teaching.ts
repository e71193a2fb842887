import type { Scenario } from '../case/schema';
import type { Report } from '../score/report';
import { authoredEnding, judgeEndings, STRONG_ENDING_MIN, type Refusal } from '../run/ending';
import type { RunState } from '../run/state';
import { own } from '../own';
import type { Terminal } from './explore';
import type { Finding } from './lint';

// What a debrief teaches, seen from the explored paths: does each ending fit the score and flags
// of the runs that reach it, and can the best play earn a strong ending at all.

export interface PathScore {
  score: number;
  ending: string | null;
  /** Option numbers from the start, to replay the path. */
  options: number[];
}

/** The highest and lowest scoring of the explored paths, with a way to replay each. */
export function pathExtremes(terminals: readonly Terminal[], reports: readonly Report[]): { best: PathScore; worst: PathScore } | undefined {
  if (terminals.length === 0) return undefined;
  let best = 0;
  let worst = 0;
  reports.forEach((r, i) => {
    if (r.overall > reports[best]!.overall) best = i;
    if (r.overall < reports[worst]!.overall) worst = i;
  });
  const at = (i: number): PathScore => ({ score: reports[i]!.overall, ending: reports[i]!.ending, options: terminals[i]!.options });
  return { best: at(best), worst: at(worst) };
}

const REFUSAL_TEXT: Record<Exclude<Refusal, null>, string> = {
  critical: 'na een kritieke fout is alleen een zwak einde mogelijk',
  no_uptake: 'een sterk einde vraagt dat de trainee teruggeeft wat de cliënt vertelde (een reflectie of samenvatting)',
  low_score: 'de score is te laag voor een einde van deze kwaliteit',
};

/**
 * Endings whose condition holds on a path where the trainer must refuse them (the quality would
 * flatter the score or ignore a critical error), and weak endings after a strong score: either way
 * the case file's conditions do not say what the author meant. One finding per ending, with a path.
 */
export function endingFit(scenario: Scenario, terminals: readonly Terminal[], reports: readonly Report[]): Finding[] {
  const findings = new Map<string, Finding>();
  terminals.forEach((terminal, i) => {
    const report = reports[i]!;
    const state = terminal.state;
    const judged = judgeEndings(scenario, state);
    const meant = authoredEnding(scenario, state, closingEnding(scenario, state), judged);
    const meantEnding = meant === undefined ? undefined : own(scenario.endings, meant);
    const path = terminal.options.join(', ');
    if (meant !== undefined && meantEnding && meant !== state.ending && !findings.has(meant)) {
      const refusal = judged.refusal(meantEnding.quality);
      if (refusal !== null) {
        const given = state.ending ? own(scenario.endings, state.ending)?.title ?? state.ending : 'geen einde';
        // The trainer already gives another ending here; the author learns that the condition says more than it means.
        findings.set(meant, {
          severity: 'opmerking',
          path: ['endings', meant, 'when'],
          message: `De voorwaarde van dit einde (${meantEnding.quality}) geldt ook op een pad met score ${report.overall} (opties ${path}), maar ${REFUSAL_TEXT[refusal]}; de trainer geeft daar "${given}". Maak de voorwaarde strenger (minFound, found, notFlagged), zodat het einde past bij wie het haalt.`,
        });
      }
    }
    const given = state.ending === null ? undefined : own(scenario.endings, state.ending);
    const critical = report.flags.some((f) => f.critical === true);
    if (given && state.ending && given.quality === 'zwak' && !critical && report.overall >= STRONG_ENDING_MIN && !findings.has(state.ending)) {
      findings.set(state.ending, {
        severity: 'opmerking',
        path: ['endings', state.ending, 'when'],
        message: `Dit zwakke einde volgt ook op een pad met score ${report.overall} zonder kritieke fout (opties ${path}). De nabespreking spreekt zichzelf dan tegen: maak de voorwaarde strenger, of geef een einde dat bij zo'n gesprek past.`,
      });
    }
  });
  return [...findings.values()];
}

/** The best explored path cannot reach a strong ending: then no trainee can, however well they play. */
export function bestTooLow(scenario: Scenario, best: PathScore | undefined): Finding[] {
  if (!best || best.score >= STRONG_ENDING_MIN) return [];
  const strong = Object.entries(scenario.endings).find(([, e]) => e.quality === 'sterk');
  if (!strong) return [];
  return [{
    severity: 'waarschuwing',
    path: ['endings', strong[0]],
    message: `Het beste gevonden pad (opties ${best.options.join(', ')}) scoort ${best.score}; een sterk einde vraagt minstens ${STRONG_ENDING_MIN}. Geef de sterke opties meer punten, of verlaag de gewichten van dimensies waarop weinig te halen is.`,
  }];
}

/** The ending an option fixed when it closed the run, if any. */
function closingEnding(scenario: Scenario, state: RunState): string | undefined {
  const last = state.turns[state.turns.length - 1];
  if (!last || last.option === null) return undefined;
  return own(scenario.points, last.point)?.options[last.option - 1]?.ending;
}
