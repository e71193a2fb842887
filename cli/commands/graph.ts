import { formatIssue } from '../../engine';
import { toMermaid } from '../../engine/analysis/mermaid';
import { findCase } from '../../node/case-files';
import type { CommandResult } from './result';

export const GRAPH_HELP = `kanteltrainer graph <casus>

Print de casus als Mermaid-stroomschema: beslismomenten, opties (per gespreksstap) en eindes.
Plak de uitvoer in een Mermaid-viewer (bijvoorbeeld de Mermaid-weergave van GitHub of je
editor) om de vorm van het gesprek te zien.`;

export function graphCommand(args: readonly string[]): CommandResult {
  const id = args.find((a) => !a.startsWith('-'));
  if (!id) return { code: 1, stdout: [], stderr: ['Noem de casus waarvan je het schema wilt zien.', '', GRAPH_HELP] };
  const found = findCase(id);
  if (!found.ok) {
    if ('unknown' in found) return { code: 1, stdout: [], stderr: [`Onbekende casus "${id}". Beschikbaar: ${found.known.join(', ')}.`] };
    return { code: 1, stdout: [], stderr: ['Deze casus bevat fouten:', ...found.issues.map(formatIssue)] };
  }
  return { code: 0, stdout: [toMermaid(found.scenario).trimEnd()], stderr: [] };
}
