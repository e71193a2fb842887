// The parts of the engine the browser needs, imported module by module so the YAML loader,
// the analysis tools and the classifier stay out of the first download.
export { start } from '../../engine/run/start';
export { step } from '../../engine/run/step';
export { turnOf } from '../../engine/run/replay';
export { score, CRITICAL_CAP } from '../../engine/score/score';
export { toRunFile } from '../../engine/run-file';
export { encodeRun, decodeRun } from '../../engine/run/compact';
export { caseHash, textHash } from '../../engine/case/hash';
export { reviewVerslag, zrmDomainsOf, type VerslagReview, type ChecklistItem } from '../../engine/verslag/review';
export { writtenVerslagSchema, cleanVerslag, hasVerslag, EMPTY_VERSLAG, MAX_VERSLAG_FIELD, type WrittenVerslag } from '../../engine/verslag/written';
export { VERSLAG_STEPS, VERSLAG_STEP_LABELS, VERSLAG_STEP_HINTS, ZRM_DOMAIN_LABELS, ZRM_LEVEL_LABELS, ZRM_LEVELS, type VerslagStep, type ZrmDomain } from '../../engine/verslag/vocabulary';
export { checkRun } from '../../engine/run/check-run';
export { optionOrder } from '../../engine/run/order';
export { spokenParts } from '../../engine/run/speakers';
export { markTerms } from '../../engine/glossary/terms';
export type { Glossary } from '../../engine/glossary/glossary';
export { FORM_LABELS, type Form } from '../../engine/text/form';
export { OPENING_STATUS_LABELS } from '../../engine/score/opening';
export { runStateSchema, type RunState, type Turn, type RunEvent } from '../../engine/run/state';
export type { Scenario } from '../../engine/case/schema';
export type { Report } from '../../engine/score/report';
export { MOVES, MOVE_LABELS, DIMENSIONS, DIMENSION_LABELS, type Move, type Dimension, type Topic } from '../../engine/vocabulary';

/** The offline classifier: trained in a worker as soon as a conversation opens (move-reader.ts). */
export { readMove as classifyText, warmMoveReader } from './move-reader';
