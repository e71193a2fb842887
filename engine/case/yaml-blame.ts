// Where a YAML slip really is. The parser notices a slip where the text stops making sense, which is
// often later: siblings of one mis-indented line all look wrong, and a missing closing quote shows up
// on the next line. Case texts are full of Dutch elisions ('s nachts, m'n, zo'n, 'u'): an apostrophe
// inside a sentence is never a quote; only a quote where a value starts opens a quoted text.

/** Parser complaints that a single mis-indented line sets off, on the lines around it. */
export const INDENT_CODES: ReadonlySet<string> = new Set(['BAD_INDENT', 'BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY', 'UNEXPECTED_TOKEN']);

/** A line that starts an entry: `key:` or `- `, after its indentation. */
const ENTRY = /^( *)(?:- +|[^\s#:'"][^:#]*?:(?:\s|$))/;
/** Where a value starts on an entry line: after `key: ` and any `- `. */
const VALUE_START = /^ *(?:- +)*(?:[^\s#:'"-][^:#]*?: +)?(?:- +)*/;

interface Line {
  number: number;
  indent: number;
  /** Opens a block of its own: `key:` with nothing after it, or a list item `- `. */
  opens: boolean;
}

function entries(text: string): Line[] {
  const lines: Line[] = [];
  text.split('\n').forEach((line, i) => {
    const m = ENTRY.exec(line);
    if (m) lines.push({ number: i + 1, indent: m[1]!.length, opens: /^ *- /.test(line) || /:\s*([|>][-+]?\s*)?(#.*)?$/.test(line) });
  });
  return lines;
}

/**
 * The mis-indented line behind an indentation complaint at `errorLine`, with the indentation meant
 * there. Under the block that holds the complaint, the shallowest entries are its direct children (a
 * line one space off counts with them); the indentation most of them share is taken as meant, and the
 * first that differs is blamed. Undefined when none differs or the count is even.
 */
export function misindented(text: string, errorLine: number, depth = 0): { line: number; indent: number; expected: number } | undefined {
  const all = entries(text);
  const at = all.findIndex((l) => l.number >= errorLine);
  if (at < 0) return undefined;
  let parent = at - 1;
  while (parent >= 0 && !(all[parent]!.opens && all[parent]!.indent < all[at]!.indent)) parent--;
  const parentIndent = parent >= 0 ? all[parent]!.indent : -1;
  const block: Line[] = [];
  for (let i = parent + 1; i < all.length && all[i]!.indent > parentIndent; i++) block.push(all[i]!);
  if (block.length === 0) return undefined;
  const least = Math.min(...block.map((l) => l.indent));
  const children = block.filter((l) => l.indent <= least + 1);
  const counts = new Map<number, number>();
  for (const c of children) counts.set(c.indent, (counts.get(c.indent) ?? 0) + 1);
  // Most children agree; on a tie, the usual step of two spaces under the parent decides.
  const usual = parentIndent < 0 ? 0 : parentIndent + 2;
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || Number(b[0] === usual) - Number(a[0] === usual));
  const decided = ranked.length >= 2 && (ranked[0]![1] > ranked[1]![1] || ranked[0]![0] === usual);
  if (!decided) {
    // All children agree: then the block's own line may be the one out of step with its siblings.
    return parent >= 0 && depth < 3 ? misindented(text, all[parent]!.number, depth + 1) : undefined;
  }
  const expected = ranked[0]![0];
  const odd = children.find((c) => c.indent !== expected)!;
  return { line: odd.number, indent: odd.indent, expected };
}

/**
 * The offset of the quote that opened a quoted value never closed, searching back from where the
 * parser gave up. Only quotes at the start of a value count; undefined when no such line is found.
 */
export function unclosedQuote(text: string, before: number): number | undefined {
  const lines = text.split('\n');
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  let index = starts.findIndex((s, i) => before < s + lines[i]!.length + 1);
  if (index < 0) index = lines.length - 1;
  for (let i = index; i >= 0 && i > index - 200; i--) {
    const line = lines[i]!;
    if (!ENTRY.test(line)) continue;
    const start = VALUE_START.exec(line)![0].length;
    const quote = line[start];
    if (quote !== '"' && quote !== "'") continue;
    if (!closes(line.slice(start + 1), quote)) return starts[i]! + start;
  }
  return undefined;
}

/** Whether a quoted text that started just before `rest` ends on this line. */
function closes(rest: string, quote: string): boolean {
  if (quote === '"') return /(^|[^\\])(\\\\)*"/.test(rest);
  // In single quotes, '' is an apostrophe; a lone ' ends the text.
  return /'(?!')/.test(rest.replace(/''/g, ''));
}
