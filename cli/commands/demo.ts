import { fileURLToPath } from 'node:url';
import { findCase } from '../../node/case-files';
import { playScript } from './play-script';
import type { CommandResult } from './result';
import { formatIssue } from '../../engine';

const DEMO_SCRIPT = fileURLToPath(new URL('../demo/bakker.txt', import.meta.url));

/** Until a trainer face exists: play a sample conversation with meneer Bakker and show its debrief. */
export function runDemo(): CommandResult {
  const found = findCase('bakker');
  if (!found.ok) {
    const why = 'unknown' in found ? ['De casus bakker ontbreekt in scenarios/.'] : found.issues.map(formatIssue);
    return { code: 1, stdout: [], stderr: why };
  }
  const intro = [
    'Kanteltrainer: een voorbeeldgesprek met meneer Bakker, gespeeld vanuit cli/demo/bakker.txt.',
    'Zelf spelen: npm run --silent cli -- play bakker --script <jouw script>  (zie npm run --silent cli -- help)',
    '',
  ];
  const result = playScript(found.scenario, { scriptFile: DEMO_SCRIPT, json: false });
  return { ...result, stdout: [...intro, ...result.stdout] };
}
