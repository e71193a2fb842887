import type { z } from 'zod';
import { didYouMean } from './suggest';

// Plain Dutch for the zod issues a trainer can run into while editing a case by hand.
// Anything not covered here falls back to zod's own Dutch locale.

type RawIssue = z.core.$ZodRawIssue;

const TYPE_NAMES: Record<string, string> = {
  string: 'tekst',
  number: 'een getal',
  int: 'een heel getal',
  boolean: 'true of false',
  array: 'een lijst (regels die beginnen met "- ")',
  object: 'een groep velden (naam: waarde)',
  record: 'een groep velden (naam: waarde)',
};

export function dutchMessage(issue: RawIssue, knownKeys: (path: readonly PropertyKey[]) => string[]): string | undefined {
  const path = issue.path ?? [];
  const last = path[path.length - 1];
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_NAMES[String(issue.expected)] ?? String(issue.expected);
      if (issue.input === undefined) {
        const name = typeof last === 'string' ? `"${last}"` : 'Dit onderdeel';
        const hint = last === 'move' ? ' Kies één van de acht moves, bijvoorbeeld verhelderen of netwerk.' : '';
        return `${name} ontbreekt; hier hoort ${expected}.${hint}`;
      }
      return `Hier hoort ${expected} te staan, maar er staat ${describe(issue.input)}.`;
    }
    case 'invalid_value': {
      const values = (issue.values ?? []).map(String);
      if (issue.input === undefined) {
        const name = typeof last === 'string' ? `"${last}"` : 'Dit onderdeel';
        return `${name} ontbreekt; kies uit: ${values.join(', ')}.`;
      }
      const got = String(issue.input);
      return `"${got}" kan hier niet; kies uit: ${values.join(', ')}.${didYouMean(got, values)}`;
    }
    case 'unrecognized_keys': {
      const keys = issue.keys ?? [];
      const known = knownKeys(path);
      return keys
        .map((k) => `Onbekend veld "${k}".${didYouMean(k, known)}`)
        .join(' ');
    }
    case 'too_small':
      if (issue.origin === 'number') return `Dit getal moet minstens ${String(issue.minimum)} zijn.`;
      return undefined;
    case 'too_big':
      if (issue.origin === 'number') return `Dit getal mag hoogstens ${String(issue.maximum)} zijn.`;
      return undefined;
    default:
      return undefined;
  }
}

function describe(input: unknown): string {
  if (input === null) return 'niets (null)';
  if (Array.isArray(input)) return 'een lijst';
  if (typeof input === 'object') return 'een groep velden';
  if (typeof input === 'string') return `tekst ("${input.length > 30 ? `${input.slice(0, 30)}…` : input}")`;
  return `${typeof input === 'number' ? 'het getal' : ''} ${String(input)}`.trim();
}
