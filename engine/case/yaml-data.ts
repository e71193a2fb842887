import type { z } from 'zod';
import { forbiddenIssue } from './forbidden';
import type { CaseIssue, PathSegment } from './issue';
import { locate, parseYaml, toData, type YamlSource } from './yaml-source';

// A small YAML data file beside the cases (lokaal.yaml, begrippen.yaml), read the way a case is:
// refused content first, then the YAML, then the schema, each fault located on its own line.

export type YamlDataLoad<T> = { ok: true; data: T } | { ok: false; issues: CaseIssue[] };

type SchemaIssue = z.core.$ZodIssue;

export function readYamlData<T>(
  text: string,
  fileName: string,
  schema: z.ZodType<T>,
  describe: (issue: SchemaIssue, source: YamlSource) => CaseIssue = (issue, source) => locate(source, issue.path as PathSegment[], issue.message),
): YamlDataLoad<T> {
  const bad = forbiddenIssue(text, fileName);
  if (bad) return { ok: false, issues: [bad] };
  const { source, issues } = parseYaml(text, fileName);
  if (issues.length > 0) return { ok: false, issues };
  const { data, issue } = toData(source);
  if (issue) return { ok: false, issues: [issue] };
  const parsed = schema.safeParse(data ?? {});
  if (parsed.success) return { ok: true, data: parsed.data };
  return { ok: false, issues: parsed.error.issues.map((iss) => describe(iss, source)) };
}
