import { optionByRef, type Flag, type Rule, type ScoreItem } from '../types';
import { own } from '../../own';
import type { Option } from '../../case/schema';
import { casePoints, judgeOption } from '../../case/judgement';
import type { Form } from '../../text/form';
import { PITFALL_THRESHOLD, saidAtAnyPoint } from '../../text/match-point';
import { arrangedIds, echoedRefs } from '../../run/state';

// An open question or a reflection near a pitfall's subject is usually the good way to ask about it
// ("wat doet hij precies met de bank?"): said at another point, it must say the pitfall nearly word for word.
const EXPLORING_FORMS: ReadonlySet<Form> = new Set(['open_question', 'simple_reflection', 'complex_reflection', 'summary']);
const EXPLORING_PITFALL_THRESHOLD = 0.6;

/** A pitfall said at another point counts, but a closing option's fault is what it leaves out, which one sentence cannot show. */
const pitfallElsewhere = (option: Option): boolean => judgeOption(option) === 'weak' && casePoints(option) < 0 && !option.close;

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
    // Small talk is never a pitfall.
    const pitfall = record.kind === 'move' && record.move !== null && record.echoes === null && record.form !== null && record.form !== 'small_talk'
      ? saidAtAnyPoint(scenario, { text: record.text, move: record.move, topics: record.topics }, pitfallElsewhere, EXPLORING_FORMS.has(record.form) ? EXPLORING_PITFALL_THRESHOLD : PITFALL_THRESHOLD)
      : null;
    if (pitfall && !credited.has(`${pitfall.point}#${pitfall.number}`)) {
      credited.add(`${pitfall.point}#${pitfall.number}`);
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
