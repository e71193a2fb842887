import type { CaseIssue } from './issue';
import { forbiddenCharacter } from '../text/control';

/** A control character or bidi override anywhere in a case file, located; checked before anything else reads the text. */
export function forbiddenIssue(text: string, fileName: string): CaseIssue | undefined {
  const found = forbiddenCharacter(text);
  return found && { file: fileName, line: found.line, column: found.column, path: '(tekst)', message: found.message };
}
