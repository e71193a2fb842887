import { isMap, isNode, isPair, isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { CaseIssue, PathSegment } from './issue';
import { formatPath } from './issue';

// Reading YAML as a trainer writes it: every problem gets a line and column, and nothing in the
// file can become code (custom tags are refused, aliases are capped against alias bombs).

const MAX_ALIASES = 50;
const STANDARD_TAGS = new Set([
  'tag:yaml.org,2002:str',
  'tag:yaml.org,2002:int',
  'tag:yaml.org,2002:float',
  'tag:yaml.org,2002:bool',
  'tag:yaml.org,2002:null',
  'tag:yaml.org,2002:map',
  'tag:yaml.org,2002:seq',
]);

const YAML_ERRORS: Record<string, string> = {
  BAD_INDENT: 'De inspringing klopt niet. Gebruik spaties (geen tabs) en lijn velden op gelijke hoogte uit.',
  TAB_AS_INDENT: 'Hier staat een tab. Spring in met spaties.',
  DUPLICATE_KEY: 'Deze naam staat twee keer in dezelfde groep. Geef elke naam maar één keer.',
  MISSING_CHAR: 'Hier mist een teken, bijvoorbeeld een afsluitend aanhalingsteken of haakje.',
  MULTILINE_IMPLICIT_KEY: 'Een naam (voor de dubbele punt) moet op één regel staan. Mist er een dubbele punt of een aanhalingsteken?',
  BLOCK_AS_IMPLICIT_KEY: 'Een veld staat verkeerd ingesprongen of mist een dubbele punt.',
  UNEXPECTED_TOKEN: 'Hier staat iets wat hier niet kan. Controleer dubbele punten, streepjes en aanhalingstekens.',
  BAD_ALIAS: 'Deze verwijzing (*naam) is onbekend.',
  BAD_DIRECTIVE: 'Deze regel met % wordt niet begrepen.',
  ALIAS_PROPS: 'Een verwijzing (*naam) kan geen eigen tag of anker hebben.',
  BAD_SCALAR_START: 'Tekst die begint met een bijzonder teken moet tussen aanhalingstekens.',
  KEY_OVER_1024_CHARS: 'Deze naam is te lang.',
  MULTIPLE_DOCS: 'Zet maar één casus in een bestand (geen "---" tussen twee casussen).',
  RESOURCE_EXHAUSTION: 'Dit bestand gebruikt te veel verwijzingen (*naam).',
};

export interface YamlSource {
  doc: Document.Parsed;
  lines: LineCounter;
  file: string;
}

export function parseYaml(text: string, file: string): { source: YamlSource; issues: CaseIssue[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, customTags: [] });
  const source = { doc, lines, file };
  const seenLines = new Set<number>();
  const issues: CaseIssue[] = [];
  for (const err of doc.errors) {
    const pos = lines.linePos(err.code === 'MISSING_CHAR' ? openingQuote(text, err.pos[0]) : err.pos[0]);
    // One message per line: a single slip (a tab, a missing colon) makes the parser complain several times.
    if (seenLines.has(pos.line)) continue;
    seenLines.add(pos.line);
    issues.push({
      file,
      line: pos.line,
      column: pos.col,
      path: '(yaml)',
      message: YAML_ERRORS[err.code] ?? `De YAML klopt hier niet (${err.message.split('\n')[0]}).`,
    });
  }
  visit(doc, (_key, node) => {
    if (isNode(node) && node.tag !== undefined && !STANDARD_TAGS.has(node.tag)) {
      const shown = node.tag.replace('tag:yaml.org,2002:', '!!');
      const message = `YAML-tags zoals "${shown}" zijn niet toegestaan; een casus bevat alleen tekst, getallen en lijsten.`;
      issues.push(at(source, node.range?.[0] ?? 0, '(yaml)', message));
    }
  });
  return { source, issues };
}

export function toData(source: YamlSource): { data: unknown; issue?: CaseIssue } {
  // A key such as __proto__ would become the object's prototype instead of a name: refuse it, located.
  let forbidden: number | undefined;
  visit(source.doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === '__proto__' && pair.key.range) {
        forbidden = pair.key.range[0];
        return visit.BREAK;
      }
      return undefined;
    },
  });
  if (forbidden !== undefined) {
    return { data: undefined, issue: at(source, forbidden, '(yaml)', '"__proto__" kan niet als naam: gebruik kleine letters, cijfers, - en _, en begin met een letter of cijfer.') };
  }
  try {
    return { data: source.doc.toJS({ maxAliasCount: MAX_ALIASES }) };
  } catch {
    return { data: undefined, issue: at(source, 0, '(yaml)', YAML_ERRORS.RESOURCE_EXHAUSTION!) };
  }
}

export function at(source: YamlSource, offset: number, path: string, message: string): CaseIssue {
  const pos = source.lines.linePos(offset);
  return { file: source.file, line: pos.line, column: pos.col, path, message };
}

/** The place of a value in the file; for a missing key, the nearest parent that exists. */
export function locate(source: YamlSource, path: readonly PathSegment[], message: string, keyOf?: string): CaseIssue {
  for (let len = path.length; len >= 0; len--) {
    const sub = path.slice(0, len);
    const node = sub.length === 0 ? source.doc.contents : source.doc.getIn(sub, true);
    if (isNode(node) && node.range) {
      if (keyOf !== undefined && isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === keyOf);
        if (pair && isScalar(pair.key) && pair.key.range) return at(source, pair.key.range[0], formatPath([...sub, keyOf]), message);
      }
      if (len < path.length && isMap(node)) {
        const keyNode = findKeyNode(node, path[len]);
        if (keyNode) return at(source, keyNode, formatPath(path), message);
      }
      return at(source, node.range[0], formatPath(path), message);
    }
  }
  return at(source, 0, formatPath(path), message);
}

function findKeyNode(node: { items: unknown[] }, key: PathSegment | undefined): number | undefined {
  for (const p of node.items) {
    if (isPair(p) && isScalar(p.key) && p.key.value === key && p.key.range) return p.key.range[0];
  }
  return undefined;
}

/** The parser notices a missing closing quote only at the end of the file; point at the line that opened it. */
function openingQuote(text: string, fallback: number): number {
  let offset = 0;
  for (const line of text.split('\n')) {
    const body = line.replace(/\\"/g, '');
    const doubles = (body.match(/"/g) ?? []).length;
    const singles = (body.replace(/''/g, '').match(/(^|[\s:\[{,-])'|'(?=\s*$)/g) ?? []).length;
    if (doubles % 2 === 1 || singles % 2 === 1) return offset + Math.max(0, line.search(/["']/));
    offset += line.length + 1;
  }
  return fallback;
}
