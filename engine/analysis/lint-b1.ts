import type { Scenario } from '../case/schema';
import type { Finding } from './lint';
import { trainerTexts } from './lint-jargon';

// Feedback and endings are read by volunteer trainers, at language level B1 (issue 14): short
// sentences, everyday words, and a law reference only in brackets behind the plain explanation.
// Client lines are left alone: the client speaks as he speaks.

/** Past this a B1 reader loses the thread of a sentence. */
export const MAX_SENTENCE_WORDS = 20;

/** Abbreviations that end in a full stop without ending the sentence. */
const ABBREVIATIONS = new Set(['art.', 'bijv.', 'bv.', 'o.a.', 'd.w.z.', 'enz.', 'nr.', 'ca.', 'z.s.m.', 'e.d.', 'i.p.v.', 'm.b.t.']);

/** Officialese a B1 reader stumbles on, with the everyday word to use instead. */
const OFFICIALESE: readonly (readonly [string, string])[] = [
  ['middels', 'met'],
  ['derhalve', 'daarom'],
  ['teneinde', 'om … te'],
  ['conform', 'volgens'],
  ['inzake', 'over'],
  ['betreffende', 'over, of: die'],
  ['ten behoeve van', 'voor'],
  ['dient te', 'moet'],
  ['dienen te', 'moeten'],
  ['diende te', 'moest'],
  ['alsmede', 'en'],
  ['dan wel', 'of'],
  ['reeds', 'al'],
  ['indien', 'als'],
  ['hetgeen', 'wat'],
  ['tevens', 'ook'],
  ['thans', 'nu'],
  ['alvorens', 'voordat'],
  ['aldus', 'zo'],
  ['doch', 'maar'],
  ['omtrent', 'over'],
  ['aangaande', 'over'],
  ['ten aanzien van', 'over, of: voor'],
  ['met betrekking tot', 'over'],
  ['in het kader van', 'bij, of: voor'],
  ['ingevolge', 'volgens'],
  ['onderhavige', 'deze'],
  ['zulks', 'dat'],
  ['nochtans', 'toch'],
  ['voornoemde', 'die al genoemd is'],
  ['bovengenoemde', 'die al genoemd is'],
  ['woonachtig', 'wonend'],
];

const wholeWord = (phrase: string) => new RegExp(`(?<![\\p{L}\\p{N}])${phrase.replace(/\./g, '\\.').replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`, 'giu');
const OFFICIALESE_PATTERNS = OFFICIALESE.map(([word, plain]) => ({ word, plain, pattern: wholeWord(word) }));
const ARTICLE = /(?<![\p{L}])(art\.|artikel)\s*\d[\d.]*(\s+lid\s+\d+)?/giu;
const VOORLIGGEND = /(?<![\p{L}])voorliggende?(?![\p{L}])/giu;

/** The sentences of a text with their word counts; a token of only punctuation (a dash) is no word. */
export function sentences(text: string): { words: number; start: string }[] {
  const out: { words: number; start: string }[] = [];
  let current: string[] = [];
  const flush = () => {
    const words = current.filter((t) => /[\p{L}\p{N}]/u.test(t));
    if (words.length > 0) out.push({ words: words.length, start: current.slice(0, 6).join(' ') });
    current = [];
  };
  for (const token of text.split(/\s+/).filter((t) => t !== '')) {
    current.push(token);
    const ends = /[.!?]["'”’)\]]*$/.test(token) && !ABBREVIATIONS.has(token.toLowerCase().replace(/^[("'“‘[]+/, ''));
    if (ends) flush();
  }
  flush();
  return out;
}

/** Whether position `at` sits inside round brackets. */
function inBrackets(text: string, at: number): boolean {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && depth > 0) depth--;
  }
  return depth > 0;
}

/** "voorliggende voorziening (hulp die eerst komt …)" or "…: hulp die eerst komt", or the plain words first and the term in brackets. */
function explainedAt(text: string, start: number, end: number): boolean {
  return inBrackets(text, start) || /^(\s+\p{L}+)?\s*[(:]/u.test(text.slice(end));
}

/** Every message starts so: a trainer sees at once what kind of fix it asks for. */
export const B1 = 'Taal (B1): ';

/** What a B1 reader would stumble on in one trainer text. */
export function b1Problems(text: string): string[] {
  const problems: string[] = [];
  for (const s of sentences(text)) {
    if (s.words > MAX_SENTENCE_WORDS) {
      problems.push(`${B1}een zin van ${s.words} woorden ("${s.start} …"): te lang voor een vrijwilliger. Maak er korte zinnen van, met hoogstens ${MAX_SENTENCE_WORDS} woorden per zin.`);
    }
  }
  for (const { word, plain, pattern } of OFFICIALESE_PATTERNS) {
    const hit = text.match(pattern);
    if (hit) problems.push(`${B1}"${hit[0].replace(/\s+/g, ' ')}" is ambtelijke taal; een vrijwilliger struikelt erover. Schrijf in gewone woorden, bijvoorbeeld: ${plain}.`);
  }
  for (const m of text.matchAll(VOORLIGGEND)) {
    if (!explainedAt(text, m.index, m.index + m[0].length)) {
      problems.push(`${B1}"${m[0]}" staat er zonder uitleg. Zeg in gewone woorden wat het is ("hulp die eerst komt, via een andere wet of instantie"), en zet het begrip daarna tussen haakjes, of leg het uit tussen haakjes erachter.`);
      break;
    }
  }
  for (const m of text.matchAll(ARTICLE)) {
    if (!inBrackets(text, m.index)) {
      problems.push(`${B1}"${m[0].trim()}" staat los in de tekst. Zeg eerst in gewone woorden wat de wet vraagt, en zet het artikelnummer daarna tussen haakjes: "… (art. 2.3.2 lid 3 Wmo 2015)".`);
    }
  }
  return problems;
}

/** Each B1 problem in feedback, critical moments, flag messages, score reasons and ending debriefs. */
export function lintB1(scenario: Scenario): Finding[] {
  return trainerTexts(scenario).flatMap(({ text, path }) => b1Problems(text).map((message) => ({ severity: 'waarschuwing' as const, path, message })));
}
