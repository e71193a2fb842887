// The engine's public face: pure functions and schemas, no I/O.
export * from './vocabulary';
export { caseSchema, type Scenario, type Point, type Option, type Fact, type Ending, type Condition } from './case/schema';
export { loadCase, type LoadResult, type LoadOptions } from './case/load';
export { loadLocal, fillLocal, usesLocal, localValuesSchema, type LocalValues, type LocalLoad } from './case/local';
export { formatIssue, type CaseIssue } from './case/issue';
export { start, type StartOptions } from './run/start';
export { step, type StepResult } from './run/step';
export { runStateSchema, turnSchema, type RunState, type Turn, type TurnRecord, type RunEvent } from './run/state';
export { score, evaluate } from './score/score';
export { reportSchema, type Report, type Dimensions } from './score/report';
export type { ScoreItem, Flag } from './score/types';
export { caseHash } from './case/hash';
export { runFileSchema, toRunFile, RUN_FILE_FORMAT, RUN_FILE_VERSION, type RunFile } from './run-file';
