import type { Scenario } from '../case/schema';
import type { Finding } from './lint';

/**
 * The verslag after the conversation needs the case's own model verslag and expert ZRM scores;
 * without them a trainee writes into the void. Expert scores that rest on no hidden fact cannot
 * tell a trainee that a missed fact is why their own score differs.
 */
export function lintVerslag(scenario: Scenario): Finding[] {
  if (scenario.verslag === undefined) {
    return [{ severity: 'waarschuwing', path: [], message: 'Deze casus heeft nog geen verslag-blok: geen voorbeeldverslag en geen ZRM-scores om het verslag van de trainee naast te leggen. Zet onderaan het bestand een blok verslag: met model en zrm (zie scenarios/README.md).' }];
  }
  const findings: Finding[] = [];
  const rest = Object.values(scenario.verslag.zrm).some((expert) => (expert?.facts.length ?? 0) > 0);
  if (!rest && Object.keys(scenario.facts).length > 0) {
    findings.push({ severity: 'waarschuwing', path: ['verslag', 'zrm'], message: 'Geen enkele ZRM-score noemt de feiten waar hij op rust (facts). Met facts zegt de nabespreking wie een domein niet kon inschatten omdat een feit verborgen bleef.' });
  }
  return findings;
}
