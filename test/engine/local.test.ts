import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue, loadCase, loadLocal } from '../../engine';
import { ROOT } from '../helpers/cases';

const mini = readFileSync(join(ROOT, 'test', 'fixtures', 'mini.yaml'), 'utf8');
const withPlaceholders = mini.replace('situation: Woont alleen.', 'situation: Woont alleen, om de hoek van {lokaal.wijkcentrum}.');
const lines = (result: ReturnType<typeof loadCase>) => (result.ok ? [] : result.issues.map(formatIssue));

describe('local provisions', () => {
  it('fills {lokaal.key} with the name from lokaal.yaml', () => {
    const local = { wijkcentrum: 'buurthuis Het Anker' };
    const result = loadCase(withPlaceholders, 'mini.yaml', { local });
    expect(result.ok && result.scenario.client.situation).toBe('Woont alleen, om de hoek van buurthuis Het Anker.');
  });

  it('renames a provision in every case by changing one file', () => {
    const a = loadCase(withPlaceholders, 'mini.yaml', { local: { wijkcentrum: 'De Schakel' } });
    const b = loadCase(withPlaceholders, 'mini.yaml', { local: { wijkcentrum: 'Het Trefpunt' } });
    expect(a.ok && a.scenario.client.situation).toContain('De Schakel');
    expect(b.ok && b.scenario.client.situation).toContain('Het Trefpunt');
  });

  it('locates a key that lokaal.yaml does not have, at the placeholder, with a suggestion', () => {
    const text = withPlaceholders.replace('{lokaal.wijkcentrum}', '{lokaal.wijkcentrun}');
    expect(lines(loadCase(text, 'mini.yaml', { local: { wijkcentrum: 'De Schakel' } }))).toEqual([
      'mini.yaml:11:43  client.situation  Onbekende lokale voorziening "wijkcentrun" in {lokaal.wijkcentrun}. Bedoelde je "wijkcentrum"? Voeg hem toe aan lokaal.yaml of kies een bestaande sleutel.',
    ]);
  });

  it('says so when a case uses placeholders but there is no lokaal.yaml', () => {
    expect(lines(loadCase(withPlaceholders, 'mini.yaml'))).toEqual([
      'mini.yaml:11:43  client.situation  Deze tekst verwijst naar {lokaal.wijkcentrum}, maar er is geen lokaal.yaml naast de casus.',
    ]);
  });

  it('locates mistakes in lokaal.yaml itself', () => {
    const result = loadLocal('buurtbus: de Lindebus\nWijkcentrum: De Schakel\nwijkteam: ""\n', 'lokaal.yaml');
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([
      'lokaal.yaml:2:1  Wijkcentrum  "Wijkcentrum" kan niet als sleutel: gebruik kleine letters, cijfers en _, en begin met een letter.',
      'lokaal.yaml:3:11  wijkteam  Geef hier een naam.',
    ]);
  });

  it('reads the lokaal.yaml that ships with the cases', () => {
    const result = loadLocal(readFileSync(join(ROOT, 'scenarios', 'lokaal.yaml'), 'utf8'), 'lokaal.yaml');
    expect(result.ok && Object.keys(result.values)).toEqual(expect.arrayContaining(['buurtbus', 'wijkcentrum', 'welzijn', 'vrijwilligerscentrale']));
  });
});
