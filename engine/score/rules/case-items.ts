import { optionByRef, type Flag, type Rule, type ScoreItem } from '../types';
import { own } from '../../own';
import type { Option, Scenario } from '../../case/schema';
import { casePoints, judgeOption } from '../../case/judgement';
import { matchPoint, PITFALL_THRESHOLD } from '../../text/match-point';
import type { Move, Topic } from '../../vocabulary';
import type { Form } from '../../text/form';

const EXPLORING_FORMS: ReadonlySet<Form> = new Set(['open_question', 'simple_reflection', 'complex_reflection', 'summary']);
const EXPLORING_PITFALL_THRESHOLD = 0.6;
import { arrangedIds, echoedRefs } from '../../run/state';

/**
 * What the case itself says about a chosen option: its own weights, feedback and flags. A typed turn
 * that said a sound option in its own words earns that option's gains once, as clicking it would.
 */
/** Points for each piece of the case's own support a typed proposal arranged, for the first few. */
const ARRANGEMENT_POINTS = 10;
const MAX_ARRANGEMENT_CREDITS = 3;

export const caseItems: Rule = ({ scenario, turns }) => {
  const items: ScoreItem[] = [];
  const flags: Flag[] = [];
  const credited = new Set<string>();
  let arrangements = 0;
  for (const { record, option } of turns) {
    if (option) {
      credited.add(`${record.point}#${record.option}`);
      for (const spec of option.score) {
        items.push({ turn: record.n, dimension: spec.dimension, points: spec.points, reason: `Beurt ${record.n}: ${spec.reason}`, rule: 'case' });
      }
      if (option.flag) flags.push({ turn: record.n, code: option.flag.code, message: `Beurt ${record.n}: ${option.flag.message}` });
      continue;
    }
    for (const id of arrangedIds(record)) {
      const arrangement = own(scenario.arrangements, id);
      if (!arrangement || credited.has(`arrangement:${id}`)) continue;
      credited.add(`arrangement:${id}`);
      if (arrangements++ < MAX_ARRANGEMENT_CREDITS) {
        items.push({ turn: record.n, dimension: 'passende_oplossing', points: ARRANGEMENT_POINTS, reason: `Beurt ${record.n}: je regelde steun die bij deze cliënt past: ${arrangement.summary.replace(/[.!?]+$/, '')}.`, rule: 'case' });
      }
    }
    // Small talk is never a pitfall, and a closing option's fault is what it leaves out, which one sentence cannot show.
    const pitfall = record.kind === 'move' && record.move !== null && record.echoes === null && record.form !== null && record.form !== 'small_talk' ? pitfallSaidElsewhere(scenario, record.text, record.move, record.topics, record.form) : null;
    if (pitfall && !credited.has(pitfall.ref)) {
      credited.add(pitfall.ref);
      for (const spec of pitfall.option.score) {
        if (spec.points >= 0) continue;
        items.push({ turn: record.n, dimension: spec.dimension, points: spec.points, reason: `Beurt ${record.n}: in je eigen woorden: ${spec.reason}`, rule: 'case' });
      }
      if (pitfall.option.flag) flags.push({ turn: record.n, code: pitfall.option.flag.code, message: `Beurt ${record.n}: ${pitfall.option.flag.message}` });
    }
    for (const ref of echoedRefs(record)) {
      const echoed = credited.has(ref) ? undefined : optionByRef(scenario, ref);
      if (!echoed) continue;
      credited.add(ref);
      for (const spec of echoed.score) {
        if (spec.points <= 0) continue;
        items.push({ turn: record.n, dimension: spec.dimension, points: spec.points, reason: `Beurt ${record.n}: in je eigen woorden: ${spec.reason}`, rule: 'case' });
      }
    }
  }
  return { items, flags };
};

/**
 * A pitfall of the case said in the trainee's own words at another point (typed conversations run
 * ahead of or behind the points): held to the pitfall threshold and the option's own key words, as a
 * pitfall at its own point is, so a good sentence near the subject never counts as one.
 */
function pitfallSaidElsewhere(scenario: Scenario, text: string, move: Move, topics: readonly Topic[], form: Form): { ref: string; option: Option } | null {
  // An open question or a reflection near a pitfall's subject is usually the good way to ask about it
  // ("wat doet hij precies met de bank?"): it must say the pitfall nearly word for word.
  const needed = EXPLORING_FORMS.has(form) ? EXPLORING_PITFALL_THRESHOLD : PITFALL_THRESHOLD;
  for (const [pointId, point] of Object.entries(scenario.points)) {
    const found = matchPoint(point, { text, move, topics });
    if (found.option === undefined) continue;
    const option = point.options[found.option - 1]!;
    if (judgeOption(option) !== 'weak' || casePoints(option) >= 0 || option.close) continue;
    if (found.kind === 'verbatim' || (found.similarity[found.option - 1] ?? 0) >= needed) return { ref: `${pointId}#${found.option}`, option };
  }
  return null;
}

