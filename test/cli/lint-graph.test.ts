import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cases';
import { runCli } from '../helpers/run-cli';

describe('lint and graph on the command line', () => {
  it('lint names file, line, column and severity, and exits 1 on errors', () => {
    const run = runCli(['lint', 'test/fixtures/mini.yaml']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('test/fixtures/mini.yaml:38:19  fout  points.begin.options[0].feedback  Deze optie heeft (bijna) geen feedback (3 woorden).');
    expect(run.stdout).toMatch(/1 casus nagelopen: \d+ fouten, \d+ waarschuwingen\.\n$/);
  });

  it('lint passes the shipped cases, and says what the best and worst path score', { timeout: 180_000 }, () => {
    // Every shipped case explored path by path: slow on a busy machine, so more time than other commands.
    const run = runCli(['lint'], { timeout: 170_000 });
    expect(run.stdout).not.toContain('  fout  ');
    const shipped = readdirSync(join(ROOT, 'scenarios')).filter((f) => f.endsWith('.yaml') && !f.startsWith('lokaal') && !f.startsWith('begrippen')).length;
    // Every shipped case is at B1 now (issue 14): any warning, a B1 one included, is a regression.
    const warnings = run.stdout.split('\n').filter((l) => l.includes('  waarschuwing  '));
    expect(warnings).toEqual([]);
    expect(run.stdout).toContain(`${shipped} casussen nagelopen: 0 fouten, 0 waarschuwingen.`);
    expect(run.stdout).toMatch(/scenarios\/bakker\.yaml {2}beste pad: \d+ punten \("[^"]+", sterk\); slechtste pad: \d+ punten/);
    expect(run.code).toBe(0);
  });

  it('graph prints a Mermaid flowchart of a case, and names an unknown case', () => {
    const run = runCli(['graph', 'vraagverlegen']);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('flowchart TD\n')).toBe(true);
    const unknown = runCli(['graph', 'onbekend']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Onbekende casus "onbekend"');
  });

  it('graph labels each edge to an ending with its condition, in the order the endings are tried', () => {
    const run = runCli(['graph', 'vraagverlegen']);
    const edges = run.stdout.split('\n').filter((l) => l.includes('afronden -.->'));
    expect(edges.length).toBeGreaterThan(1);
    for (const [i, edge] of edges.entries()) expect(edge).toMatch(new RegExp(`-\\.->\\|"${i + 1}\\. [^"]+"\\| e_`));
    expect(run.stdout).toMatch(/afronden -\.->\|"\d+\. [^"]*(minstens \d+ feiten|gevonden: |vlag: )[^"]*"\|/);
  });
});
