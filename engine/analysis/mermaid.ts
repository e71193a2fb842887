import type { Scenario } from '../case/schema';
import { optionExit } from '../case/references';
import { MOVE_LABELS } from '../vocabulary';
import { describeCondition } from './describe-condition';

/**
 * A case as a Mermaid flowchart: decision points, options labelled by move, and endings, so a
 * trainer sees the shape of a conversation at a glance (paste it into any Mermaid viewer).
 */
export function toMermaid(scenario: Scenario): string {
  const lines = ['flowchart TD'];
  const node = (kind: 'p' | 'e', id: string): string => `${kind}_${id.replace(/[^A-Za-z0-9_]/g, '_')}`;
  const label = (text: string): string => text.replace(/"/g, "'").replace(/[\[\]{}<>|]/g, ' ');
  for (const [id, point] of Object.entries(scenario.points)) {
    lines.push(`  ${node('p', id)}["${label(id)}<br/><small>${label(point.phase)}</small>"]`);
  }
  lines.push('  afronden{{"afronden: de voorwaarden kiezen het einde"}}');
  for (const [id, ending] of Object.entries(scenario.endings)) {
    lines.push(`  ${node('e', id)}(["${label(ending.title)}<br/><small>${ending.quality}</small>"])`);
  }
  for (const [id, point] of Object.entries(scenario.points)) {
    // Options with the same move and the same way on are drawn as one arrow, numbered.
    const edges = new Map<string, number[]>();
    point.options.forEach((option, i) => {
      const exit = optionExit(option);
      if (!exit) return;
      const target = exit.kind === 'point' ? node('p', exit.id) : exit.kind === 'ending' ? node('e', exit.id) : 'afronden';
      const key = `${target}|${option.move}`;
      edges.set(key, [...(edges.get(key) ?? []), i + 1]);
    });
    for (const [key, numbers] of edges) {
      const [target, move] = key.split('|') as [string, keyof typeof MOVE_LABELS];
      lines.push(`  ${node('p', id)} -->|"${numbers.join(', ')}: ${label(MOVE_LABELS[move])}"| ${target}`);
    }
  }
  // Numbered because the first ending whose condition holds wins: the order is part of the rule.
  Object.entries(scenario.endings).forEach(([id, ending], i) => {
    const when = ending.when ? label(describeCondition(ending.when)) : 'anders';
    lines.push(`  afronden -.->|"${i + 1}. ${when}"| ${node('e', id)}`);
  });
  lines.push('  classDef sterk fill:#d8f0d8,stroke:#2e7d32', '  classDef gemiddeld fill:#fff4cc,stroke:#b58900', '  classDef zwak fill:#f8d7d7,stroke:#c62828');
  for (const quality of ['sterk', 'gemiddeld', 'zwak'] as const) {
    const ids = Object.entries(scenario.endings).filter(([, e]) => e.quality === quality).map(([id]) => node('e', id));
    if (ids.length > 0) lines.push(`  class ${ids.join(',')} ${quality}`);
  }
  return `${lines.join('\n')}\n`;
}
