import type { Option, Scenario } from '../case/schema';
import type { PathSegment } from '../case/issue';
import { score } from '../score/score';
import { DIMENSION_LABELS, DIMENSIONS, MOVES } from '../vocabulary';
import { explore } from './explore';
import { lintAssessment } from './lint-assessment';
import { lintB1 } from './lint-b1';
import { lintVerslag } from './lint-verslag';
import { pathGraph } from './graph';
import { silentOption, thinFeedback, unheardNames } from './lint-options';
import { unnamedSpeakers } from './lint-speakers';
import { bestTooLow, endingFit, pathExtremes, type PathScore } from './lint-teaching';

/** fout: must be fixed; waarschuwing: worth a look; opmerking: how the trainer copes with the case, for the author to know. */
export type Severity = 'fout' | 'waarschuwing' | 'opmerking';

export interface Finding {
  severity: Severity;
  path: PathSegment[];
  message: string;
}

/** Reading a client line aloud in a training room: past this it stops being a conversation. */
export const MAX_CLIENT_WORDS = 70;
/** Best and worst play must be this far apart, or the debrief cannot tell a trainee much. */
export const MIN_SPREAD = 40;
const MIN_FALLBACK_REPLIES = 2;

/**
 * Content smells a validator cannot see: the case is well-formed but teaches less than it could.
 * Path questions (which endings, facts and points a trainee can reach) are answered from a
 * bounded exploration of the case, so a finding there says "not found", never "impossible"
 * unless the exploration was complete.
 */
export function lint(scenario: Scenario): Finding[] {
  return lintCase(scenario).findings;
}

export interface CaseLint {
  findings: Finding[];
  /** The highest and lowest scoring explored paths; absent when no path ends. */
  best?: PathScore;
  worst?: PathScore;
}

/** The findings, and the score range a trainer should know: what the best play earns, what the worst. */
export function lintCase(scenario: Scenario): CaseLint {
  const findings: Finding[] = [];
  const graph = pathGraph(scenario);
  const found = explore(scenario, { maxStates: 3_000, samples: 800 });
  const how = found.truncated ? `in ${found.terminals.length} verkende paden` : 'op geen enkel pad';
  const severityOfPath: Severity = found.truncated ? 'waarschuwing' : 'fout';

  for (const [pointId, point] of Object.entries(scenario.points)) {
    if (!graph.reachable.has(pointId)) continue;
    const words = point.client.trim().split(/\s+/).length;
    if (words > MAX_CLIENT_WORDS) {
      findings.push({ severity: 'waarschuwing', path: ['points', pointId, 'client'], message: `Deze tekst van de cliënt is ${words} woorden: te lang om hardop voor te lezen. Houd het onder ${MAX_CLIENT_WORDS} woorden, of verdeel het over twee momenten.` });
    }
    point.options.forEach((option, i) => findings.push(...thinFeedback(pointId, option, i), ...silentOption(pointId, option, i)));
  }
  findings.push(...unheardNames(scenario));
  findings.push(...unnamedSpeakers(scenario));
  findings.push(...duplicateOptions(scenario));
  findings.push(...lintAssessment(scenario));
  findings.push(...lintVerslag(scenario));
  findings.push(...lintB1(scenario));

  for (const move of MOVES) {
    const replies = scenario.fallback[move].replies.length;
    if (replies < MIN_FALLBACK_REPLIES) {
      findings.push({ severity: 'waarschuwing', path: ['fallback', move, 'replies'], message: `Maar ${replies} terugvalantwoord voor ${move}; geef er minstens ${MIN_FALLBACK_REPLIES}, anders herhaalt de cliënt zich bij vrije tekst.` });
    }
  }

  for (const id of Object.keys(scenario.endings)) {
    if (!found.endingsReached.has(id)) {
      findings.push({ severity: severityOfPath, path: ['endings', id], message: `Dit einde wordt ${how} bereikt. Controleer de voorwaarde (when) en de volgorde van de eindes: het eerste einde dat past, wint.` });
    }
  }

  const revealed = new Set(found.terminals.flatMap((t) => t.state.revealed));
  for (const [id, fact] of Object.entries(scenario.facts)) {
    if (revealed.has(id)) continue;
    const byText = fact.moves.length > 0 ? ' Alleen vrije tekst kan het nog onthullen.' : '';
    findings.push({ severity: byText ? 'waarschuwing' : severityOfPath, path: ['facts', id], message: `Dit feit komt ${how} via de opties boven tafel.${byText} Zet het bij reveals van een passende optie, of verlaag minTrust.` });
  }

  const reports = found.terminals.map((t) => score(scenario, t.state));
  for (const dimension of DIMENSIONS) {
    if (reports.length > 0 && reports.every((r) => r.dimensions[dimension] === 0)) {
      findings.push({ severity: 'fout', path: ['points'], message: `Op de dimensie ${DIMENSION_LABELS[dimension]} is ${how} geen punt te verdienen. Geef opties of feiten die deze dimensie belonen.` });
    }
  }
  const extremes = pathExtremes(found.terminals, reports);
  if (extremes) {
    const { best, worst } = extremes;
    if (best.score - worst.score < MIN_SPREAD) {
      findings.push({ severity: 'fout', path: ['endings'], message: `Het beste pad scoort ${best.score} en het slechtste ${worst.score}: minder dan ${MIN_SPREAD} punten verschil. Maak sterke keuzes zwaarder of zwakke keuzes duurder, zodat de nabespreking iets zegt.` });
    }
  }
  findings.push(...bestTooLow(scenario, extremes?.best), ...endingFit(scenario, found.terminals, reports));
  return { findings, ...(extremes ? { best: extremes.best, worst: extremes.worst } : {}) };
}

/** The same option text twice: within one point always a mistake; across points only when the options differ (a reused option is fine). */
function duplicateOptions(scenario: Scenario): Finding[] {
  const findings: Finding[] = [];
  const seen = new Map<string, { pointId: string; index: number; option: Option }>();
  for (const [pointId, point] of Object.entries(scenario.points)) {
    point.options.forEach((option, index) => {
      const key = option.text.trim().toLowerCase();
      const earlier = seen.get(key);
      if (!earlier) {
        seen.set(key, { pointId, index, option });
        return;
      }
      const path = ['points', pointId, 'options', index, 'text'];
      if (earlier.pointId === pointId) {
        findings.push({ severity: 'fout', path, message: `Deze optie staat al als optie ${earlier.index + 1} bij dit moment.` });
      } else if (JSON.stringify(earlier.option) !== JSON.stringify(option)) {
        findings.push({ severity: 'waarschuwing', path, message: `Dezelfde tekst staat ook bij "${earlier.pointId}" (optie ${earlier.index + 1}), maar met andere gevolgen. Is dat de bedoeling?` });
      }
    });
  }
  return findings;
}
