// The engine's public face: pure functions and schemas, no I/O.
export * from './vocabulary';
export { caseSchema, type Scenario, type Point, type Option, type Fact, type Ending, type Condition } from './case/schema';
export { loadCase, type LoadResult, type LoadOptions } from './case/load';
export { loadGlossary, termsIn, markTerms, glossarySchema, type Glossary, type GlossaryEntry, type TermHit } from './glossary/glossary';
export { loadLocal, fillLocal, usesLocal, localValuesSchema, type LocalValues, type LocalLoad } from './case/local';
export { formatIssue, type CaseIssue } from './case/issue';
export { start, type StartOptions } from './run/start';
export { step, type StepResult } from './run/step';
export { replay, turnOf, type Replay, type ReplayTurn } from './run/replay';
export { runStateSchema, turnSchema, type RunState, type Turn, type TurnRecord, type RunEvent } from './run/state';
export { score, evaluate } from './score/score';
export { reportSchema, type Report, type Dimensions } from './score/report';
export type { ScoreItem, Flag } from './score/types';
export { caseHash } from './case/hash';
export {
  runFileSchema, toRunFile, readRunFile, caseIdOfRunFile, isCaseId, runIdentity, tooLarge, MAX_RUN_FILE_BYTES, RUN_FILE_FORMAT, RUN_FILE_VERSION,
  type RunFile, type RunFileRead,
} from './run-file';
export { checkRun, MAX_RUN_TURNS, type RunCheck } from './run/check-run';
export { terminalSafe, terminalSafeDeep } from './text/control';
export { optionOrder } from './run/order';
export { spokenParts, namedLine, type Spoken } from './run/speakers';
export { FORMS, FORM_LABELS, formSchema, readForm, type Form, type FormReading } from './text/form';
export { matchPoint, type PointMatch } from './text/match-point';
export { skillsSchema, type Skills } from './score/skills';
export { CRITICAL_CAP } from './score/score';
export { judgeOption, strongestOption, continuation } from './case/judgement';
export { encodeRun, decodeRun, type CompactReplay } from './run/compact';
export * from './verslag/vocabulary';
export { writtenVerslagSchema, cleanVerslag, hasVerslag, EMPTY_VERSLAG, MAX_VERSLAG_FIELD, type WrittenVerslag } from './verslag/written';
export { reviewVerslag, zrmDomainsOf, type VerslagReview, type StepReview, type ChecklistItem, type ZrmRow } from './verslag/review';
export { readVerslagFile, type VerslagFileRead } from './verslag/verslag-file';
export { OPENING_ELEMENTS, OPENING_STATUS_LABELS, OPENING_STATUS_MARKS, type OpeningReport } from './score/opening';
export { expandIntroduction, isOpeningPoint } from './case/introduction';
export { OPENING_POINT_IDS, INTRODUCTION_REPLY_KEYS } from './case/introduction-keys';
