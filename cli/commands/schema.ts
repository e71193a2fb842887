import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { caseJsonSchema } from '../../engine/case/json-schema';
import { SCENARIO_DIR } from '../../node/case-files';
import type { CommandResult } from './result';

export const SCHEMA_HELP = `kanteltrainer schema

Maakt scenarios/case.schema.json opnieuw uit de regels van de trainer. Dat bestand laat een
editor (zoals VS Code met de YAML-extensie) velden aanvullen en fouten aanwijzen terwijl je een
casus schrijft. Nodig na een wijziging in engine/case/schema.ts; een trainer hoeft dit niet.`;

export const SCHEMA_FILE = join(SCENARIO_DIR, 'case.schema.json');

/** Writes scenarios/case.schema.json from the zod schema, so editors autocomplete case files. */
export function writeSchema(): CommandResult {
  writeFileSync(SCHEMA_FILE, caseJsonSchema());
  return { code: 0, stdout: [`${relative(process.cwd(), SCHEMA_FILE) || SCHEMA_FILE} bijgewerkt.`], stderr: [] };
}
