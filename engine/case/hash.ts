import type { Scenario } from './schema';

/**
 * A short fingerprint of a case's content. Run files carry it so a comparison can tell that two
 * runs were played on the same version of a case. The model verslag is left out: it changes nothing
 * in the conversation, so adding or improving it must not part runs that were played alike.
 */
export function caseHash(scenario: Scenario): string {
  return textHash(JSON.stringify({ ...scenario, verslag: undefined }, withoutEmptyNewFields));
}

/** Fields added later with an empty default leave the fingerprint of a case that does not use them as it was. */
function withoutEmptyNewFields(key: string, value: unknown): unknown {
  if (key === 'speakers' && value !== null && typeof value === 'object' && Object.keys(value).length === 0) return undefined;
  if (key === 'after' && Array.isArray(value) && value.length === 0) return undefined;
  return value;
}

/** FNV-1a twice over, 64 bits of fingerprint: telling versions and copies apart needs no crypto. */
export function textHash(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}
