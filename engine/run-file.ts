import { z } from 'zod';
import type { Scenario } from './case/schema';
import { caseHash } from './case/hash';
import { runStateSchema, type RunState } from './run/state';
import { reportSchema } from './score/report';
import { score } from './score/score';

export const RUN_FILE_FORMAT = 'kanteltrainer-run';
export const RUN_FILE_VERSION = 1;

export const runFileSchema = z.object({
  format: z.literal(RUN_FILE_FORMAT),
  formatVersion: z.literal(RUN_FILE_VERSION),
  caseId: z.string(),
  caseVersion: z.number().int(),
  caseHash: z.string(),
  mode: z.enum(['scripted', 'model']),
  alias: z.string().max(60).optional(),
  state: runStateSchema,
  report: reportSchema,
});
/** A saved run: the same format from the web and the terminal; the comparison reads it. */
export type RunFile = z.infer<typeof runFileSchema>;

export function toRunFile(scenario: Scenario, state: RunState, options: { mode?: RunFile['mode']; alias?: string } = {}): RunFile {
  return {
    format: RUN_FILE_FORMAT,
    formatVersion: RUN_FILE_VERSION,
    caseId: scenario.id,
    caseVersion: scenario.version,
    caseHash: caseHash(scenario),
    mode: options.mode ?? 'scripted',
    ...(options.alias ? { alias: options.alias } : {}),
    state,
    report: score(scenario, state),
  };
}
