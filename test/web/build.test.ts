import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cases';
import { viteBuild } from './browser';

// A case with a mistake stops `npm run build` with the file, line and column of the mistake.

describe('web build', () => {
  it('fails on a broken case with the located error', async () => {
    const work = mkdtempSync(join(tmpdir(), 'kantel-web-broken-'));
    const cases = join(work, 'scenarios');
    mkdirSync(cases);
    copyFileSync(join(ROOT, 'scenarios', 'lokaal.yaml'), join(cases, 'lokaal.yaml'));
    const mini = readFileSync(join(ROOT, 'test', 'fixtures', 'mini.yaml'), 'utf8').replace('id: mini', 'id: kapot');
    const broken = mini.replace('next: netwerk', 'next: nergens');
    expect(broken).not.toBe(mini);
    writeFileSync(join(cases, 'kapot.yaml'), broken);
    const line = broken.split('\n').findIndex((l) => l.includes('next: nergens')) + 1;
    const error = await viteBuild({ KANTEL_SCENARIO_DIR: cases, KANTEL_OUT_DIR: join(work, 'site') }).then(
      () => null,
      (e: Error) => e.message,
    );
    expect(error).toMatch(new RegExp(`kapot\\.yaml:${line}:\\d+\\s+points\\.begin\\.options\\[0\\]\\.next\\s+.*nergens`));
  });
});
