import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseJsonSchema } from '../../engine/case/json-schema';
import { SCENARIOS } from '../helpers/cases';

describe('the JSON Schema for editors', () => {
  it('is up to date with the zod schema (run `npm run schema` after changing it)', () => {
    expect(readFileSync(join(SCENARIOS, 'case.schema.json'), 'utf8')).toBe(caseJsonSchema());
  });

  it('is named on the first line of every case, so editors pick it up', () => {
    const files = readdirSync(SCENARIOS).filter((f) => f.endsWith('.yaml') && !f.startsWith('lokaal') && !f.startsWith('begrippen'));
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const f of files) {
      expect(readFileSync(join(SCENARIOS, f), 'utf8').split('\n')[0], f).toBe('# yaml-language-server: $schema=./case.schema.json');
    }
  });

  it('describes the move of an option as one of the eight moves', () => {
    const schema = JSON.parse(caseJsonSchema());
    const option = schema.properties.points.additionalProperties.properties.options.items;
    expect(option.required).toContain('move');
    expect(option.properties.move.enum).toHaveLength(8);
  });
});
