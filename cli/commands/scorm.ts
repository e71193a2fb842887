import { parseDutch } from '../args';
import type { CommandResult } from './result';

export const SCORM_HELP = `kanteltrainer scorm <casussen…> --out <pakket.zip> [--slaag <cijfer>] [--titel <tekst>]

Maakt een SCORM 1.2-pakket voor een leerplatform (Moodle, Totara, itslearning en andere):
de webtrainer met alleen de genoemde casussen, en per casus één onderdeel (SCO).
In het leerplatform meldt de trainer per gesprek: voltooid (of geslaagd/niet geslaagd met
--slaag), de score (0–100), de tijd, en per beslismoment welke optie er gekozen is en hoe
de casus die keuze beoordeelt. Wie stopt, gaat de volgende keer verder waar hij was.
Buiten een leerplatform werkt het pakket als de gewone trainer.

  --out <bestand>   waar het pakket komt (verplicht), bijvoorbeeld pakket.zip
  --slaag <cijfer>  slaaggrens 0–100: vanaf deze score "geslaagd", anders "niet geslaagd";
                    zonder --slaag is een afgerond gesprek "voltooid"
  --titel <tekst>   naam van het pakket in het leerplatform (standaard: Kanteltrainer en de casus)

Voorbeeld: npm run --silent cli -- scorm bakker mantelzorger --out pakket.zip --slaag 60`;

export async function scormCommand(args: readonly string[]): Promise<CommandResult> {
  const checked = parseDutch({
    args: [...args], allowPositionals: true,
    options: { out: { type: 'string' }, slaag: { type: 'string' }, titel: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (!checked.ok) return { code: 1, stdout: [], stderr: [checked.message, '', SCORM_HELP] };
  const parsed = checked.parsed;
  if (parsed.values.help) return { code: 0, stdout: [SCORM_HELP], stderr: [] };
  const problems: string[] = [];
  if (parsed.positionals.length === 0) problems.push('Noem minstens één casus, bijvoorbeeld: scorm bakker --out pakket.zip');
  if (!parsed.values.out) problems.push('Zeg met --out waar het pakket moet komen, bijvoorbeeld: --out pakket.zip');
  else if (!parsed.values.out.toLowerCase().endsWith('.zip')) problems.push(`--out ${parsed.values.out}: een SCORM-pakket is een .zip-bestand; gebruik bijvoorbeeld --out pakket.zip`);
  let passMark: number | null = null;
  if (parsed.values.slaag !== undefined) {
    const n = Number(parsed.values.slaag.replace(',', '.'));
    if (!/^\d+([.,]\d+)?$/.test(parsed.values.slaag.trim()) || !(n >= 0 && n <= 100)) problems.push(`--slaag ${parsed.values.slaag}: geef een getal van 0 tot en met 100, bijvoorbeeld --slaag 60`);
    else passMark = n;
  }
  const title = parsed.values.titel?.trim();
  if (problems.length > 0) return { code: 1, stdout: [], stderr: problems };
  const { buildScormPackage } = await import('../../node/scorm/package');
  const result = await buildScormPackage({ cases: parsed.positionals, out: parsed.values.out!, passMark, ...(title ? { title } : {}) });
  if (!result.ok) return { code: 1, stdout: [], stderr: result.errors };
  const kb = Math.round(result.bytes / 1024);
  return {
    code: 0,
    stdout: [
      `SCORM 1.2-pakket gemaakt: ${result.path} (${kb} kB, ${result.files} bestanden)`,
      ...result.cases.map((c) => `  onderdeel: ${c.title} (${c.id})`),
      passMark !== null ? `  slaaggrens: ${passMark}` : '  zonder slaaggrens: een afgerond gesprek telt als voltooid',
      'Upload het zip-bestand als SCORM-pakket in je leerplatform (zie README, "Kanteltrainer in je leerplatform").',
    ],
    stderr: [],
  };
}
