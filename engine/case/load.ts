import { z } from 'zod';
import { caseSchema, type Scenario } from './schema';
import type { CaseIssue } from './issue';
import { dutchMessage } from './messages';
import { quickRead } from './quick-read';
import { checkReferences } from './references';
import { fillLocal, locateUnresolved, type LocalValues } from './local';
import { locate, parseYaml, toData, type YamlSource } from './yaml-source';
import { schemaKeys } from './schema-keys';
import { forbiddenIssue } from './forbidden';
import { expandIntroduction } from './introduction';

export type LoadResult = { ok: true; scenario: Scenario } | { ok: false; issues: CaseIssue[] };

const nlLocale = z.locales.nl();

export interface LoadOptions {
  /** The names from lokaal.yaml that {lokaal.key} in the case text stands for. */
  local?: LocalValues;
}

/**
 * Text in, a typed case or located issues out. Never throws for a mistake in the file:
 * a trainer sees `file:line:col  path  message`, not a stack trace.
 */
export function loadCase(text: string, fileName: string, options: LoadOptions = {}): LoadResult {
  const bad = forbiddenIssue(text, fileName);
  if (bad) return { ok: false, issues: [bad] };
  const quick = quickRead(text);
  if (quick !== undefined) {
    const filled = fillLocal(quick, options.local);
    const parsed = filled.unresolved.length > 0 ? undefined : caseSchema.safeParse(filled.data);
    const expanded = parsed?.success ? expandIntroduction(parsed.data) : undefined;
    if (expanded && expanded.problems.length === 0 && checkReferences(expanded.scenario).length === 0) return { ok: true, scenario: expanded.scenario };
  }
  return loadLocated(text, fileName, options);
}

/** The careful read: every node keeps its position, so each issue names file, line and column. */
function loadLocated(text: string, fileName: string, options: LoadOptions): LoadResult {
  const { source, issues } = parseYaml(text, fileName);
  if (issues.length > 0) return { ok: false, issues: sortIssues(issues) };
  const { data: raw, issue } = toData(source);
  if (issue) return { ok: false, issues: [issue] };
  if (raw === null || raw === undefined) {
    return { ok: false, issues: [locate(source, [], 'Het bestand is leeg. Begin met id, title en de andere velden van een casus.')] };
  }
  const { data, unresolved } = fillLocal(raw, options.local);
  if (unresolved.length > 0) return { ok: false, issues: sortIssues(unresolved.map((u) => locateUnresolved(source, text, u))) };
  return validate(data, source);
}

function validate(data: unknown, source: YamlSource): LoadResult {
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

  // The shared opening becomes points of the case first, so every reference check sees the case as it is played.
  const expanded = expandIntroduction(parsed.data);
  const problems = expanded.problems.length > 0 ? expanded.problems : checkReferences(expanded.scenario);
  const refIssues = problems.map((r) => locate(source, r.path, r.message, r.key));
  if (refIssues.length > 0) return { ok: false, issues: sortIssues(refIssues) };
  return { ok: true, scenario: expanded.scenario };
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

