import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { caseJsonSchema } from '../../engine/case/json-schema';
import { SCENARIO_DIR } from '../../node/case-files';
import type { CommandResult } from './result';

export const SCHEMA_FILE = join(SCENARIO_DIR, 'case.schema.json');

/** Writes scenarios/case.schema.json from the zod schema, so editors autocomplete case files. */
export function writeSchema(): CommandResult {
  writeFileSync(SCHEMA_FILE, caseJsonSchema());
  return { code: 0, stdout: [`${relative(process.cwd(), SCHEMA_FILE) || SCHEMA_FILE} bijgewerkt.`], stderr: [] };
}
