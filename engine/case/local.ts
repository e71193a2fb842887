import { z } from 'zod';
import type { CaseIssue, PathSegment } from './issue';
import { didYouMean } from './suggest';
import { locate, type YamlSource } from './yaml-source';
import { own } from '../own';
import { readYamlData } from './yaml-data';

/**
 * Local provisions: one file names the buurtbus, wijkcentrum and the like of a municipality,
 * and cases refer to them as {lokaal.key}. A trainer adapts every case by editing that one file.
 */
export const localValuesSchema = z.record(
  z.string().regex(/^[a-z][a-z0-9_]*$/, { error: 'Een sleutel bestaat uit kleine letters, cijfers en _, en begint met een letter.' }),
  z.string().trim().min(1, { error: 'Geef hier een naam.' }).regex(/^[^\n{}]*$/, { error: 'Een naam past op één regel en bevat geen { of }.' }),
);
export type LocalValues = z.infer<typeof localValuesSchema>;

const PLACEHOLDER = /\{lokaal\.([^}\s]*)\}/g;

export type LocalLoad = { ok: true; values: LocalValues } | { ok: false; issues: CaseIssue[] };

export function loadLocal(text: string, fileName: string): LocalLoad {
  const read = readYamlData(text, fileName, localValuesSchema, (iss, source) => {
    // A bad key is reported on the key itself; a bad name on its value.
    if (iss.code === 'invalid_key') {
      const key = String(iss.path.at(-1));
      return locate(source, [], `"${key}" kan niet als sleutel: gebruik kleine letters, cijfers en _, en begin met een letter.`, key);
    }
    const message = iss.code === 'invalid_type' && iss.path.length === 0 ? 'Dit bestand hoort een lijst sleutel: naam te zijn.' : iss.message;
    return locate(source, iss.path as PathSegment[], message);
  });
  return read.ok ? { ok: true, values: read.data } : read;
}

/** Whether a case's text refers to local provisions at all. */
export function usesLocal(text: string): boolean {
  return text.includes('{lokaal.');
}

export interface Unresolved {
  path: PathSegment[];
  key: string;
  message: string;
}

/** Every string in the data with its placeholders filled in, and each key that is not in the local file. */
export function fillLocal(data: unknown, values: LocalValues | undefined): { data: unknown; unresolved: Unresolved[] } {
  const unresolved: Unresolved[] = [];
  const known = values ? Object.keys(values) : [];
  const fill = (node: unknown, path: PathSegment[]): unknown => {
    if (typeof node === 'string') {
      if (!node.includes('{lokaal.')) return node;
      return node.replace(PLACEHOLDER, (whole, key: string) => {
        const value = own(values, key);
        if (value !== undefined) return value;
        const message = values
          ? `Onbekende lokale voorziening "${key}" in ${whole}.${didYouMean(key, known)} Voeg hem toe aan lokaal.yaml of kies een bestaande sleutel.`
          : `Deze tekst verwijst naar ${whole}, maar er is geen lokaal.yaml naast de casus.`;
        unresolved.push({ path, key, message });
        return whole;
      });
    }
    if (Array.isArray(node)) return node.map((item, i) => fill(item, [...path, i]));
    if (node !== null && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, fill(v, [...path, k])]));
    }
    return node;
  };
  return { data: fill(data, []), unresolved };
}

/** Points at the placeholder itself when the string sits on one line, else at the start of the string. */
export function locateUnresolved(source: YamlSource, text: string, u: Unresolved): CaseIssue {
  const issue = locate(source, u.path, u.message);
  const node = source.doc.getIn(u.path, true) as { range?: [number, number, number] } | undefined;
  const range = node?.range;
  if (!range) return issue;
  const offset = text.indexOf(`{lokaal.${u.key}}`, range[0]);
  if (offset < 0 || offset > range[1]) return issue;
  const pos = source.lines.linePos(offset);
  return { ...issue, line: pos.line, column: pos.col };
}
