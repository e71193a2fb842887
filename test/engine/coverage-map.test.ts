import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allCases, SCENARIOS } from '../helpers/cases';

// The section "Wat de casussen trainen" in scenarios/README.md maps every line of Tabel 1 of the essay
// (and both sides of the dilemma) to the decision points where a trainee practises it, as `casus/punt`.
const HEADING = '## Wat de casussen trainen';
const TABEL_1_LINES = 13;
const NOT_TRAINED = 'nog niet getraind';

interface Row {
  line: number;
  cells: string[];
  /** Every `casus/punt` in the row, in any column. */
  refs: Ref[];
  /** The ones in the column "Waar je het oefent". */
  places: Ref[];
}

interface Ref {
  caseId: string;
  pointId: string;
}

const REF = /`([a-z0-9-]+)\/([a-z0-9_]+)`/g;
const refsIn = (text: string): Ref[] => [...text.matchAll(REF)].map((m) => ({ caseId: m[1]!, pointId: m[2]! }));

function section(): { text: string; firstLine: number } {
  const readme = readFileSync(join(SCENARIOS, 'README.md'), 'utf8');
  const start = readme.indexOf(HEADING);
  if (start < 0) throw new Error(`scenarios/README.md mist de sectie "${HEADING}"`);
  const next = readme.indexOf('\n## ', start + HEADING.length);
  const text = next < 0 ? readme.slice(start) : readme.slice(start, next);
  return { text, firstLine: readme.slice(0, start).split('\n').length };
}

/** The body rows of each markdown table in the section, header and separator rows left out. */
function tables(): Row[][] {
  const { text, firstLine } = section();
  const found: Row[][] = [];
  let current: Row[] | undefined;
  let header = false;
  text.split('\n').forEach((raw, i) => {
    const trimmed = raw.trim();
    if (!trimmed.startsWith('|')) {
      current = undefined;
      return;
    }
    if (!current) {
      current = [];
      found.push(current);
      header = true;
      return;
    }
    const cells = trimmed.slice(1, trimmed.endsWith('|') ? -1 : undefined).split('|').map((c) => c.trim());
    if (header && cells.every((c) => /^:?-{3,}:?$/.test(c))) {
      header = false;
      return;
    }
    current.push({ line: firstLine + i, cells, refs: refsIn(trimmed), places: refsIn(cells[1] ?? '') });
  });
  return found;
}

describe('the coverage map in scenarios/README.md', () => {
  const found = tables();
  const rows = found.flat();

  it('has a row for every line of Tabel 1 and a table for the dilemma', () => {
    expect(found.length).toBeGreaterThanOrEqual(2);
    expect(found[0]).toHaveLength(TABEL_1_LINES);
    expect(found[1]!.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) expect(row.cells, `regel ${row.line}`).toHaveLength(3);
  });

  it('names only existing cases and decision points', () => {
    const points = new Map(allCases().map((c) => [c.id, new Set(Object.keys(c.points))]));
    const wrong = rows.flatMap((row) =>
      row.refs
        .filter((r) => !points.get(r.caseId)?.has(r.pointId))
        .map((r) => `regel ${row.line}: ${r.caseId}/${r.pointId} ${points.has(r.caseId) ? 'is geen beslismoment' : 'is geen casus'}`),
    );
    expect(wrong).toEqual([]);
  });

  it('gives every row at least one place to practise, unless it says it is not trained yet', () => {
    const empty = rows.filter((row) => row.places.length === 0 && !row.cells[1]!.toLowerCase().includes(NOT_TRAINED));
    expect(empty.map((row) => `regel ${row.line}: ${row.cells[0]}`)).toEqual([]);
    for (const row of rows.filter((r) => r.cells[1]!.toLowerCase().includes(NOT_TRAINED))) {
      expect(row.places, `regel ${row.line} zegt "${NOT_TRAINED}" maar noemt toch punten`).toEqual([]);
    }
  });

  it('lets every case train something', () => {
    const used = new Set(rows.flatMap((row) => row.refs.map((r) => r.caseId)));
    for (const scenario of allCases()) expect(used.has(scenario.id), scenario.id).toBe(true);
  });
});
