import { MOVES } from '../../engine';

/**
 * A large synthetic case for the benchmark: `points` decision points in a long conversation,
 * with skips, fact reveals, trust changes and early closes, so the walk has real merging to do.
 */
export function generateCaseYaml(points: number): string {
  const out: string[] = [
    'id: groot', 'title: Grote proefcasus', 'summary: Gegenereerd voor de benchmark.', 'difficulty: expert',
    'learningGoals: [Snelheid meten]',
    'client: { name: Proef, age: 70, situation: Gegenereerd., persona: Gegenereerd. }',
    'needsSupport: true', 'trust: 5', 'facts:',
  ];
  const factEvery = 50;
  for (let f = 0; f * factEvery < points; f++) {
    out.push(`  f${f}: { summary: Feit ${f}, says: Feit ${f}., dimension: brede_blik, moves: [brede_blik], minTrust: 0 }`);
  }
  out.push('points:');
  for (let i = 0; i < points; i++) {
    const last = i === points - 1;
    const next = (n: number) => (n < points ? `next: p${n}` : 'close: true');
    const reveal = i % factEvery === 0 ? `, reveals: [f${i / factEvery}]` : '';
    out.push(`  p${i}:`, `    client: Beurt ${i} van de cliënt.`, '    options:');
    // Trust moves at a few points only, as in real cases, where most options leave it as it is.
    const warm = i % 25 === 0 ? 1 : 0;
    out.push(`      - { text: Vraag ${i}, move: verhelderen, feedback: Goed., trust: ${warm}${reveal}, ${next(i + 1)} }`);
    out.push(`      - { text: Netwerk ${i}, move: ${i % 2 ? 'netwerk' : 'eigen_kracht'}, feedback: Goed.${reveal}, arranges: ${i % 97 === 0}, ${next(i + 1)} }`);
    out.push(`      - { text: Voorziening ${i}, move: maatwerkvoorziening, feedback: Te snel., trust: ${-warm}${reveal}, ${last || i % 100 === 99 ? 'close: true' : next(i + (i % factEvery === factEvery - 1 ? 1 : 2))} }`);
  }
  out.push('fallback:');
  for (const move of MOVES) out.push(`  ${move}: { replies: [Antwoord op ${move}.] }`);
  out.push(
    'endings:',
    '  sterk: { title: Sterk, quality: sterk, debrief: Goed., when: { minFound: 8, notFlagged: [empty_handed] } }',
    '  gemiddeld: { title: Gemiddeld, quality: gemiddeld, debrief: Redelijk., when: { minFound: 3 } }',
    '  zwak: { title: Zwak, quality: zwak, debrief: Zwak. }',
  );
  return `${out.join('\n')}\n`;
}
