import { z } from 'zod';
import { DIMENSIONS, type Report, type RunState, type Scenario } from '../../../engine';

// The xAPI statements of one run, built here and nowhere else, each checked by its schema
// before it is queued. Verbs and activity types are ADL's; our own activity ids and extension
// keys start from a base IRI the organisation may set (XAPI_ACTIVITY_BASE).

const languageMap = z.record(z.string(), z.string());
const agentSchema = z.strictObject({
  objectType: z.literal('Agent'),
  name: z.string().max(200).optional(),
  account: z.strictObject({ homePage: z.url(), name: z.string().min(1).max(200) }),
});
const verbSchema = z.strictObject({ id: z.url(), display: languageMap });
const activitySchema = z.strictObject({
  objectType: z.literal('Activity'),
  id: z.string().min(1),
  definition: z.strictObject({
    name: languageMap,
    type: z.url(),
    interactionType: z.literal('choice').optional(),
    choices: z.array(z.strictObject({ id: z.string(), description: languageMap })).optional(),
  }),
});
const resultSchema = z.strictObject({
  response: z.string().optional(),
  success: z.boolean().optional(),
  completion: z.boolean().optional(),
  duration: z.string().regex(/^P(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d+)?S)?)?$/).optional(),
  score: z.strictObject({ scaled: z.number().min(-1).max(1), raw: z.number(), min: z.number(), max: z.number() }).optional(),
  extensions: z.record(z.string(), z.unknown()).optional(),
});
const contextSchema = z.strictObject({
  registration: z.uuid(),
  platform: z.string(),
  language: z.string(),
  instructor: agentSchema.optional(),
  contextActivities: z.strictObject({ parent: z.array(activitySchema.pick({ objectType: true, id: true })).optional() }).optional(),
  extensions: z.record(z.string(), z.unknown()).optional(),
});

export const statementSchema = z.strictObject({
  id: z.uuid(),
  actor: agentSchema,
  verb: verbSchema,
  object: activitySchema,
  result: resultSchema.optional(),
  context: contextSchema,
  timestamp: z.iso.datetime(),
});
export type Statement = z.infer<typeof statementSchema>;
export type Agent = z.infer<typeof agentSchema>;

const VERBS = {
  initialized: { id: 'http://adlnet.gov/expapi/verbs/initialized', display: { 'nl-NL': 'begon', 'en-US': 'initialized' } },
  answered: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'nl-NL': 'antwoordde', 'en-US': 'answered' } },
  completed: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'nl-NL': 'rondde af', 'en-US': 'completed' } },
  terminated: { id: 'http://adlnet.gov/expapi/verbs/terminated', display: { 'nl-NL': 'stopte', 'en-US': 'terminated' } },
} as const;
const SIMULATION = 'http://adlnet.gov/expapi/activities/simulation';
const INTERACTION = 'http://adlnet.gov/expapi/activities/cmi.interaction';

/** Where a run was played: a group room and its facilitator, when it was played in one. */
export interface GroupContext {
  roomId: string;
  roomName: string;
  facilitator: string;
}

export interface RunFacts {
  runId: string;
  learner: Agent;
  scenario: Scenario;
  /** The base of our activity ids and extension keys. */
  base: string;
  group?: GroupContext;
  /** Typed words go along only when the organisation switched that on (XAPI_TYPED_TEXT=1). */
  typedText: boolean;
  /** The statement's own id and time, passed in (tests need no clock or randomness). */
  id(): string;
  now(): Date;
}

const caseActivity = (f: RunFacts) => ({
  objectType: 'Activity' as const,
  id: `${f.base}/casus/${encodeURIComponent(f.scenario.id)}`,
  definition: { name: { 'nl-NL': f.scenario.title }, type: SIMULATION },
});

function context(f: RunFacts, withParent: boolean): Statement['context'] {
  const group = f.group;
  return {
    registration: f.runId,
    platform: 'Kanteltrainer',
    language: 'nl-NL',
    ...(group ? { instructor: { objectType: 'Agent' as const, name: group.facilitator, account: { homePage: f.learner.account.homePage, name: `begeleider:${group.roomId}` } } } : {}),
    ...(withParent ? { contextActivities: { parent: [{ objectType: 'Activity' as const, id: caseActivity(f).id }] } } : {}),
    ...(group ? { extensions: { [`${f.base}/extensions/groepsruimte`]: { id: group.roomId, naam: group.roomName } } } : {}),
  };
}

function statement(f: RunFacts, verb: keyof typeof VERBS, object: Statement['object'], result?: Statement['result'], withParent = false): Statement {
  return statementSchema.parse({
    id: f.id(), actor: f.learner, verb: VERBS[verb], object, ...(result ? { result } : {}), context: context(f, withParent), timestamp: f.now().toISOString(),
  });
}

export function initialized(f: RunFacts): Statement {
  return statement(f, 'initialized', caseActivity(f));
}

/** One turn at a decision point: the option's id (its number in the case file) as the response, the points per dimension it earned. */
export function answered(f: RunFacts, report: Report, n: number): Statement | null {
  const turn = report.turns.find((t) => t.n === n);
  if (!turn || turn.kind === 'close') return null;
  const point = Object.hasOwn(f.scenario.points, turn.point) ? f.scenario.points[turn.point]! : null;
  const points = Object.fromEntries(DIMENSIONS.map((d) => [d, 0]));
  for (const item of report.items) if (item.turn === n) points[item.dimension] = (points[item.dimension] ?? 0) + item.points;
  const object: Statement['object'] = {
    objectType: 'Activity',
    id: `${caseActivity(f).id}/moment/${encodeURIComponent(turn.point)}`,
    definition: {
      name: { 'nl-NL': point ? point.client.slice(0, 200) : turn.point },
      type: INTERACTION,
      interactionType: 'choice',
      ...(point ? { choices: point.options.map((o, i) => ({ id: String(i + 1), description: { 'nl-NL': o.text } })) } : {}),
    },
  };
  const extensions: Record<string, unknown> = {
    [`${f.base}/extensions/punten`]: points,
    [`${f.base}/extensions/oordeel`]: turn.verdict,
  };
  if (f.typedText && turn.kind === 'move') extensions[`${f.base}/extensions/tekst`] = turn.text;
  return statement(f, 'answered', object, {
    ...(turn.option !== null ? { response: String(turn.option) } : {}),
    success: turn.verdict === 'sterk' || turn.verdict === 'neutraal',
    extensions,
  }, true);
}

/** ISO 8601 duration, whole and hundredths of seconds: PT1H2M3.45S. */
export function isoDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 10)) / 100;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = Math.round((total % 60) * 100) / 100;
  return `PT${h > 0 ? `${h}H` : ''}${m > 0 ? `${m}M` : ''}${s}S`;
}

export function completed(f: RunFacts, report: Report, durationMs: number): Statement {
  return statement(f, 'completed', caseActivity(f), {
    completion: true,
    duration: isoDuration(durationMs),
    score: { scaled: report.overall / 100, raw: report.overall, min: 0, max: 100 },
    extensions: { [`${f.base}/extensions/onderdelen`]: report.dimensions, [`${f.base}/extensions/einde`]: report.ending },
  });
}

export function terminated(f: RunFacts, durationMs: number): Statement {
  return statement(f, 'terminated', caseActivity(f), { duration: isoDuration(durationMs) });
}

/** The statements for the turns of `state` after the first `sent`, plus completed and terminated when it finished. */
export function statementsFor(f: RunFacts, state: RunState, report: Report, sent: number, first: boolean, durationMs: number): Statement[] {
  const out: Statement[] = first ? [initialized(f)] : [];
  for (const turn of state.turns.slice(sent)) {
    const s = answered(f, report, turn.n);
    if (s) out.push(s);
  }
  if (state.status === 'finished') out.push(completed(f, report, durationMs), terminated(f, durationMs));
  return out;
}
