import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { quickRead } from '../../engine/case/quick-read';
import { scenarioDir } from '../scenario-dir';
import type { CaseSummary } from './model';

/**
 * The menu's first frame: titles and learning goals read straight from the YAML, without the
 * full validation (which loads in the background and then replaces this list with the valid cases).
 */
export function quickCaseSummaries(dir = scenarioDir()): CaseSummary[] {
  const out: CaseSummary[] = [];
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => /\.ya?ml$/i.test(n) && !n.startsWith('lokaal') && !n.startsWith('begrippen')).sort();
  } catch {
    return out;
  }
  for (const name of names) {
    const data = quickRead(header(readFileSync(join(dir, name), 'utf8'))) as Record<string, unknown> | undefined;
    const client = (data?.client ?? {}) as Record<string, unknown>;
    if (!data || typeof data.id !== 'string' || typeof data.title !== 'string') continue;
    out.push({
      id: data.id,
      title: data.title,
      // The trainee sees the client's situation; the case summary is for trainers and gives away what is hidden.
      summary: String(client.situation ?? data.summary ?? '').trim(),
      clientName: String(client.name ?? ''),
      clientAge: Number(client.age ?? 0),
      difficulty: String(data.difficulty ?? ''),
      learningGoals: Array.isArray(data.learningGoals) ? data.learningGoals.map(String) : [],
    });
  }
  return out;
}

/** The part of a case file before its facts and points: all the menu needs, and a small part of the file to parse. */
function header(text: string): string {
  const end = text.search(/^(facts|points|fallback|endings)\s*:/m);
  return end > 0 ? text.slice(0, end) : text;
}
