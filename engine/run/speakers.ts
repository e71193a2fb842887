import type { Scenario } from '../case/schema';

// Who says what in one line of case text. A line belongs to the client unless a part of it starts
// with a speaker's name and a colon ("Fatima: Ik kijk elke avond even."), at the start of the line
// or after the end of a sentence. The names are the case's `speakers` and the client's first name
// (so "Truus: ..." switches back to the client within one line).

/** One part of a line: `speaker` is the name of someone other than the client, or null for the client. */
export interface Spoken {
  speaker: string | null;
  text: string;
}

type Labels = { client: string[]; others: string[] };

function labels(scenario: Pick<Scenario, 'client' | 'speakers'>): Labels {
  const [first = '', ...rest] = scenario.client.name.trim().split(/\s+/);
  // "Mevrouw Haddad:" and "Mevrouw Van Dam:" name the client as a consultant would address her.
  const surname = rest.join(' ');
  const capital = surname.charAt(0).toLocaleUpperCase('nl') + surname.slice(1);
  const polite = surname ? ['Mevrouw', 'Meneer'].flatMap((t) => [`${t} ${surname}`, `${t} ${capital}`]) : [];
  const others = Object.values(scenario.speakers ?? {}).map((s) => s.name.trim());
  const client = [scenario.client.name.trim(), first, ...polite].filter((n) => n.length > 1 && !others.includes(n));
  return { client: [...new Set(client)], others };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "Naam:" or "Naam (zacht):" where a new part may start: the line's start, or after a sentence or a bracket closes. */
function labelPattern(names: readonly string[]): RegExp | null {
  if (names.length === 0) return null;
  const alternatives = [...names].sort((a, b) => b.length - a.length).map(escape).join('|');
  return new RegExp(`(^|(?<=[.!?…)"”’]\\s+))(${alternatives})(\\s*\\(([^()]*)\\))?:\\s+`, 'gu');
}

/** The parts of a line of case text, each with its speaker, in order; a line without labels is one part. */
export function spokenParts(scenario: Pick<Scenario, 'client' | 'speakers'>, text: string): Spoken[] {
  const { client, others } = labels(scenario);
  const pattern = labelPattern([...client, ...others]);
  if (!pattern) return [{ speaker: null, text }];
  const parts: Spoken[] = [];
  let speaker: string | null = null;
  let from = 0;
  let aside = '';
  for (const m of text.matchAll(pattern)) {
    const before = text.slice(from, m.index).trim();
    if (before || aside) parts.push({ speaker, text: `${aside}${before}`.trim() });
    speaker = others.includes(m[2]!) ? m[2]! : null;
    // "Fatima (zacht): ..." keeps the stage direction with what she says.
    aside = m[4] ? `(${m[4]}) ` : '';
    from = m.index + m[0].length;
  }
  const rest = text.slice(from).trim();
  if (rest || aside) parts.push({ speaker, text: `${aside}${rest}`.trim() });
  return merge(parts.filter((p) => p.text.length > 0));
}

/** Two parts in a row by the same person are one. */
function merge(parts: Spoken[]): Spoken[] {
  const out: Spoken[] = [];
  for (const p of parts) {
    const last = out.at(-1);
    if (last && last.speaker === p.speaker) last.text = `${last.text} ${p.text}`;
    else out.push({ ...p });
  }
  return out.length > 0 ? out : [{ speaker: null, text: '' }];
}

/** The line as plain text with every part named, for a printed report or a prompt: "Fatima: ...". */
export function namedLine(scenario: Pick<Scenario, 'client' | 'speakers'>, text: string, clientName = scenario.client.name): string {
  return spokenParts(scenario, text)
    .map((p) => `${p.speaker ?? clientName}: ${p.text}`)
    .join(' ');
}

/** A word that looks like a speaker's label ("Ans:") at the start of a line but names nobody the case knows. */
export function unknownLabel(scenario: Pick<Scenario, 'client' | 'speakers'>, text: string): string | null {
  const { client, others } = labels(scenario);
  const known = [...client, ...others];
  if (known.some((name) => new RegExp(`^${escape(name)}(\\s*\\([^()]*\\))?:\\s`, 'u').test(text.trim()))) return null;
  const m = /^(\p{Lu}\p{Ll}+)(\s*\([^()]*\))?:\s+/u.exec(text.trim());
  return m ? m[1]! : null;
}
