import { z } from 'zod';

export const caseIssueSchema = z.object({
  file: z.string(),
  line: z.number().int(),
  column: z.number().int(),
  path: z.string(),
  message: z.string(),
});
/** A problem in a case file, located so a trainer can find and fix it. */
export type CaseIssue = z.infer<typeof caseIssueSchema>;

export type PathSegment = string | number;

/** `points.opening.options[2].next`: readable, and the same in every message. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? seg : `.${seg}`;
  }
  return out === '' ? '(bestand)' : out;
}

export function formatIssue(issue: CaseIssue): string {
  return `${issue.file}:${issue.line}:${issue.column}  ${issue.path}  ${issue.message}`;
}
