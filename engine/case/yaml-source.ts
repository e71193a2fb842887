import { isMap, isNode, isPair, isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { CaseIssue, PathSegment } from './issue';
import { formatPath } from './issue';
import { INDENT_CODES, misindented, unclosedQuote } from './yaml-blame';

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
  const issues = syntaxIssues(text, doc, lines, file);
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

/**
 * The parser's complaints as a trainer can act on them: one message per line, a missing closing quote
 * at the line that opened it, and one mis-indented line as one message at that line, not one per sibling.
 */
function syntaxIssues(text: string, doc: Document.Parsed, lines: LineCounter, file: string): CaseIssue[] {
  const issues: CaseIssue[] = [];
  const seenLines = new Set<number>();
  const firstIndent = doc.errors.find((e) => INDENT_CODES.has(e.code));
  const blamed = firstIndent ? misindented(text, lines.linePos(firstIndent.pos[0]).line) : undefined;
  for (const err of doc.errors) {
    let offset = err.pos[0];
    if (err.code === 'MISSING_CHAR') {
      // The parser gives up on the next line or at the end of the file: look back for the quote left open.
      const pos = lines.linePos(offset);
      if (pos.col === 1 || offset >= text.length - 1) offset = unclosedQuote(text, Math.max(0, offset - 1)) ?? offset;
    }
    const pos = lines.linePos(offset);
    if (blamed && (pos.line >= blamed.line || INDENT_CODES.has(err.code))) {
      // Everything after a mis-indented line follows from it; fix that line and check again.
      issues.push({ file, line: blamed.line, column: blamed.indent + 1, path: '(yaml)', message: INDENT_MESSAGE(blamed.indent, blamed.expected) });
      break;
    }
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
  return issues;
}

const INDENT_MESSAGE = (indent: number, expected: number) =>
  `De inspringing klopt niet: deze regel begint met ${indent} ${indent === 1 ? 'spatie' : 'spaties'}, de andere regels op dit niveau met ${expected}. Gebruik spaties (geen tabs) en lijn velden op gelijke hoogte uit.`;
