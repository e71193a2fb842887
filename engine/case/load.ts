import { z } from 'zod';
import { caseSchema, type Scenario } from './schema';
import type { CaseIssue } from './issue';
import { dutchMessage } from './messages';
import { quickRead } from './quick-read';
import { checkReferences } from './references';
import { locate, parseYaml, toData } from './yaml-source';
import { schemaKeys } from './schema-keys';

export type LoadResult = { ok: true; scenario: Scenario } | { ok: false; issues: CaseIssue[] };

const nlLocale = z.locales.nl();

/**
 * Text in, a typed case or located issues out. Never throws for a mistake in the file:
 * a trainer sees `file:line:col  path  message`, not a stack trace.
 */
export function loadCase(text: string, fileName: string): LoadResult {
  const quick = quickRead(text);
  if (quick !== undefined) {
    const parsed = caseSchema.safeParse(quick);
    if (parsed.success && checkReferences(parsed.data).length === 0) return { ok: true, scenario: parsed.data };
  }
  return loadLocated(text, fileName);
}

/** The careful read: every node keeps its position, so each issue names file, line and column. */
function loadLocated(text: string, fileName: string): LoadResult {
  const { source, issues } = parseYaml(text, fileName);
  if (issues.length > 0) return { ok: false, issues: sortIssues(issues) };
  const { data, issue } = toData(source);
  if (issue) return { ok: false, issues: [issue] };
  if (data === null || data === undefined) {
    return { ok: false, issues: [locate(source, [], 'Het bestand is leeg. Begin met id, title en de andere velden van een casus.')] };
  }

  const parsed = caseSchema.safeParse(data, {
    error: (iss) => dutchMessage(iss, () => schemaKeys) ?? nlLocale.localeError(iss),
  });
  if (!parsed.success) {
    const located = parsed.error.issues.map((iss) => {
      const keyOf = iss.code === 'unrecognized_keys' ? iss.keys[0] : undefined;
      return locate(source, iss.path as (string | number)[], iss.message, keyOf);
    });
    return { ok: false, issues: sortIssues(dedupe(located)) };
  }

  const refIssues = checkReferences(parsed.data).map((r) => locate(source, r.path, r.message));
  if (refIssues.length > 0) return { ok: false, issues: sortIssues(refIssues) };
  return { ok: true, scenario: parsed.data };
}

function sortIssues(issues: CaseIssue[]): CaseIssue[] {
  return [...issues].sort((a, b) => a.line - b.line || a.column - b.column);
}

function dedupe(issues: CaseIssue[]): CaseIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.line}:${i.column}:${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
