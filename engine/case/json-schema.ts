import { z } from 'zod';
import { caseSchema } from './schema';

/** The JSON Schema editors use (yaml-language-server); generated, never edited by hand. */
export function caseJsonSchema(): string {
  const schema = z.toJSONSchema(caseSchema, { io: 'input', target: 'draft-7' });
  return `${JSON.stringify({ ...schema, title: 'Kanteltrainer-casus' }, null, 2)}\n`;
}
