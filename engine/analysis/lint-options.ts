import type { Option, Scenario } from '../case/schema';
import { optionExit, startPoint } from '../case/references';
import { own } from '../own';
import type { Finding } from './lint';

// What a trainee notices option by option: feedback that explains nothing, a client who has
// nothing to say back, and an option that knows a name the client has not said yet.

/** Feedback this short names a verdict but cannot say why ("Te vaag.", "Verslag en evaluatie."). */
export const MIN_FEEDBACK_WORDS = 8;

const words = (text: string) => text.trim().split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

export function thinFeedback(pointId: string, option: Option, index: number): Finding[] {
  if (words(option.feedback) >= MIN_FEEDBACK_WORDS) return [];
  return [{ severity: 'fout', path: ['points', pointId, 'options', index, 'feedback'], message: `Deze optie heeft (bijna) geen feedback (${words(option.feedback)} woorden). Leg in minstens ${MIN_FEEDBACK_WORDS} woorden uit waarom de keuze sterk of zwak is; daar leert de trainee van.` }];
}

/** No reply and no fact to tell: the client can only answer with a general fallback line. */
export function silentOption(pointId: string, option: Option, index: number): Finding[] {
  if (option.reply !== undefined || option.reveals.length > 0) return [];
  return [{ severity: 'waarschuwing', path: ['points', pointId, 'options', index], message: 'Deze optie heeft geen reply en onthult geen feit: de cliënt heeft er geen eigen antwoord op en zegt alleen een algemeen terugvalantwoord. Schrijf bij reply wat de cliënt hierop zegt.' }];
}

/** Every capitalised word: what a text could have told the trainee (over-counting here only means fewer findings). */
function capitalised(text: string): Set<string> {
  return new Set([...text.matchAll(/\b(\p{Lu}\p{Ll}{2,})\b/gu)].map((m) => m[1]!));
}

/** Words before a capital that make it a place or a service ("de Lindebus", "in De Schakel"), not a person. */
const ARTICLE = /(?:^|\s)(?:de|het|een|der|den|van|ter|ten)\s+$/iu;
/** Capitalised parts of names that are no names on their own (mevrouw Van Dam). */
const PARTICLES = new Set(['Van', 'Der', 'Den', 'Het', 'Ter', 'Ten']);

/** Capitalised words inside a sentence, not after an article: how an option names a person (Ingrid, Thea). */
function personsNamed(text: string): Set<string> {
  const names = new Set<string>();
  for (const sentence of text.split(/(?<=[.!?:;…])\s+|\n/)) {
    for (const m of sentence.matchAll(/\b(\p{Lu}\p{Ll}{2,})\b/gu)) {
      const before = sentence.slice(0, m.index);
      // The first capital of a run names it (Ruud Smit, Veilig Thuis): the rest is surname or title.
      if (before.trim() === '' || /["'‘“(]\s*$/.test(before) || /\p{Lu}\p{L}*\s+$/u.test(before) || ARTICLE.test(before) || PARTICLES.has(m[1]!)) continue;
      names.add(m[1]!);
    }
  }
  return names;
}

/**
 * Options that name someone the client has not mentioned on every way to that point. Only names the
 * client says somewhere in the case are checked (people and places of this case, not the municipality's
 * services); a name counts as heard on a path when the introduction, a client line, a reply or a fact
 * told on that path says it. The graph has no loops (validation refuses them), so one pass in order suffices.
 */
export function unheardNames(scenario: Scenario): Finding[] {
  const client = new Set<string>();
  const said = (text: string | undefined) => (text === undefined ? new Set<string>() : capitalised(text));
  for (const point of Object.values(scenario.points)) {
    for (const n of said(point.client)) client.add(n);
    for (const option of point.options) for (const n of said(option.reply)) client.add(n);
  }
  for (const fact of Object.values(scenario.facts)) for (const n of said(fact.says)) client.add(n);
  // What the trainee reads before the first word: the title, the client's name and situation (the summary is for trainers).
  const intro = new Set([...said(scenario.title), ...said(scenario.client.name), ...said(scenario.client.situation)]);

  const heard = new Map<string, Set<string>>();
  const first = startPoint(scenario);
  const order = topological(scenario, first);
  if (first === undefined) return [];
  const findings: Finding[] = [];
  heard.set(first, intro);
  for (const pointId of order) {
    const point = own(scenario.points, pointId);
    const before = heard.get(pointId);
    if (!point || !before) continue;
    const here = new Set([...before, ...said(point.client)]);
    point.options.forEach((option, i) => {
      const unknown = [...personsNamed(option.text)].filter((n) => client.has(n) && !here.has(n));
      if (unknown.length > 0) {
        findings.push({ severity: 'waarschuwing', path: ['points', pointId, 'options', i, 'text'], message: `Deze optie noemt ${unknown.join(' en ')}, maar op minstens één weg naar dit moment heeft de cliënt ${unknown.length === 1 ? 'die naam' : 'die namen'} nog niet genoemd. Laat de cliënt de naam eerst noemen, of laat de optie ernaar vragen zonder naam.` });
      }
      const exit = optionExit(option);
      if (exit?.kind !== 'point') return;
      const after = new Set([...here, ...said(option.reply)]);
      for (const factId of option.reveals) for (const n of said(own(scenario.facts, factId)?.says)) after.add(n);
      const known = heard.get(exit.id);
      // Heard on every way in: what all incoming paths have in common.
      heard.set(exit.id, known ? new Set([...known].filter((n) => after.has(n))) : after);
    });
  }
  return findings;
}

/** The points in an order where every point comes after all points that lead to it (the start first). */
function topological(scenario: Scenario, first: string | undefined): string[] {
  const ids = Object.keys(scenario.points);
  const incoming = new Map(ids.map((id) => [id, 0]));
  const next = (id: string) =>
    (own(scenario.points, id)?.options ?? []).flatMap((o) => {
      const exit = optionExit(o);
      return exit?.kind === 'point' && incoming.has(exit.id) ? [exit.id] : [];
    });
  for (const id of ids) for (const to of next(id)) incoming.set(to, incoming.get(to)! + 1);
  const ready = ids.filter((id) => incoming.get(id) === 0);
  ready.sort((a, b) => (a === first ? -1 : b === first ? 1 : 0));
  const order: string[] = [];
  while (ready.length > 0) {
    const id = ready.shift()!;
    order.push(id);
    for (const to of next(id)) {
      incoming.set(to, incoming.get(to)! - 1);
      if (incoming.get(to) === 0) ready.push(to);
    }
  }
  return order;
}
