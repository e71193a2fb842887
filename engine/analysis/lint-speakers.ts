import type { Scenario } from '../case/schema';
import { unknownLabel } from '../run/speakers';
import type { Finding } from './lint';

/**
 * A line that starts with a name and a colon ("Ans: ...") for someone the case does not list under
 * `speakers`: the faces would show it as the client's words, with the name inside the text.
 */
export function unnamedSpeakers(scenario: Scenario): Finding[] {
  const findings: Finding[] = [];
  const check = (text: string | undefined, path: (string | number)[]) => {
    const label = text === undefined ? null : unknownLabel(scenario, text);
    if (label) {
      findings.push({
        severity: 'waarschuwing',
        path,
        message: `Deze tekst begint met "${label}:", maar ${label} staat niet bij speakers. Zet ${label} bij speakers (met name en role), dan tonen beide schermen en het verslag de juiste naam bij wat ${label} zegt.`,
      });
    }
  };
  for (const [id, fact] of Object.entries(scenario.facts)) check(fact.says, ['facts', id, 'says']);
  for (const [id, point] of Object.entries(scenario.points)) {
    check(point.client, ['points', id, 'client']);
    point.options.forEach((o, i) => check(o.reply, ['points', id, 'options', i, 'reply']));
  }
  return findings;
}
