import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { parseDutch } from '../args';
import { formatIssue } from '../../engine';
import { compare, comparisonCsv, type Comparison } from '../../engine/compare/compare';
import type { VerslagComparison } from '../../engine/compare/verslag-compare';
import type { VerslagTable } from '../../engine/compare/verslag-figures';
import { wrap } from '../debrief-text';
import { importRuns } from '../../engine/compare/import-runs';
import { DIMENSION_LABELS, DIMENSIONS } from '../../engine/vocabulary';
import { caseIdOfRunFile, MAX_RUN_FILE_BYTES, readRunFile, tooLarge } from '../../engine/run-file';
import { findCaseById } from '../../node/case-files';
import type { CommandResult } from './result';

export const COMPARE_HELP = `kanteltrainer compare <gespreksbestanden…> [--anoniem] [--csv <bestand>]

Vergelijkt de gesprekken van een intervisiegroep die dezelfde casus speelde: per beslismoment wie
wat koos, waar de paden uiteengingen en waar ze op uitkwamen, en de scores naast elkaar.
Gespreksbestanden vind je in de map runs/ (terminal) of bewaar je in de webtrainer met
"Gesprek opslaan" in de nabespreking.
  --anoniem        toon Deelnemer A, B, C… in plaats van de ingevulde namen
  --csv <bestand>  schrijf ook één regel per deelnemer per beslismoment, voor een spreadsheet;
                   op elke regel ook het verslag van die deelnemer: geschreven (ja/nee), per stap
                   ingevuld (ja/nee), hoeveel feiten en afspraken uit het eigen gesprek het noemt
                   (genoemd van totaal), en per ZRM-domein de eigen score en het verschil met de
                   ervaren consulent (eigen score min die van de consulent)
Schreven deelnemers na het gesprek een verslag, dan staan de verslagen per stap onder elkaar,
met het voorbeeldverslag van de casus en de ZRM-scores naast die van een ervaren consulent.
Elk gesprek wordt opnieuw nagerekend uit de beurten en de casus; de score in het bestand telt niet.
Een beschadigd of te groot bestand, een gesprek dat de casus niet kan opleveren, een gesprek van
een andere casus of versie, of hetzelfde gesprek nog eens, wordt met de reden genoemd en overgeslagen;
de rest wordt gewoon vergeleken.`;

export function compareCommand(args: readonly string[]): CommandResult {
  const checked = parseDutch({ args: [...args], allowPositionals: true, options: { anoniem: { type: 'boolean' }, csv: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (!checked.ok) return { code: 1, stdout: [], stderr: [checked.message, '', COMPARE_HELP] };
  const parsed = checked.parsed;
  if (parsed.values.help) return { code: 0, stdout: [COMPARE_HELP], stderr: [] };
  if (parsed.positionals.length === 0) return { code: 1, stdout: [], stderr: ['Noem de gespreksbestanden die je wilt vergelijken.', '', COMPARE_HELP] };

  const inputs: { source: string; text: string }[] = [];
  const unreadable: string[] = [];
  for (const file of parsed.positionals) {
    try {
      // The size first: a file too large is never read into memory.
      const size = statSync(file).size;
      if (size > MAX_RUN_FILE_BYTES) unreadable.push(`${file}: ${tooLarge(size)}`);
      else inputs.push({ source: file, text: readFileSync(file, 'utf8') });
    } catch {
      unreadable.push(`${file}: kan dit bestand niet lezen.`);
    }
  }
  const caseId = inputs.map((i) => caseIdOfRunFile(i.text)).find((id) => id !== undefined);
  if (!caseId) {
    const why = inputs.map((i) => {
      const read = readRunFile(i.text);
      return `${i.source}: ${read.ok ? 'geen bruikbare casus genoemd.' : read.reason}`;
    });
    return { code: 1, stdout: [], stderr: [...unreadable, ...why, 'Geen van deze bestanden is een gespreksbestand van Kanteltrainer.'] };
  }
  const found = findCaseById(caseId);
  if (!found.ok) {
    if ('unknown' in found) return { code: 1, stdout: [], stderr: [...unreadable, `De gesprekken horen bij casus "${caseId}", maar die staat niet in scenarios/.`] };
    return { code: 1, stdout: [], stderr: [...unreadable, 'De casus bevat fouten:', ...found.issues.map(formatIssue)] };
  }
  const { participants, refused } = importRuns(found.scenario, inputs);
  const notes = [...unreadable, ...refused.map((r) => `${r.source}: ${r.reason}`)];
  if (participants.length === 0) return { code: 1, stdout: [], stderr: [...notes, 'Er is geen gesprek over om te vergelijken.'] };

  const comparison = compare(found.scenario, participants, { anonymise: parsed.values.anoniem === true });
  const out = renderComparison(comparison, found.scenario.title);
  if (notes.length > 0) out.push('', 'Niet meegenomen:', ...notes.map((n) => `  ${n}`));
  if (parsed.values.csv) {
    writeFileSync(parsed.values.csv, comparisonCsv(comparison));
    out.push('', `CSV geschreven naar ${parsed.values.csv}.`);
  }
  return { code: 0, stdout: out, stderr: [] };
}

function renderComparison(c: Comparison, title: string): string[] {
  const out = [`Vergelijking: ${title} (${c.caseId}), ${c.participants.length} ${c.participants.length === 1 ? 'deelnemer' : 'deelnemers'}: ${c.participants.join(', ')}`];
  let n = 0;
  for (const p of c.points) {
    if (p.choices.length === 0) continue;
    n++;
    out.push('', `${n}. ${p.point}: "${shorten(p.client, 90)}"`);
    if (p.discussion) out.push(`   Gespreksvraag: ${p.discussion}`);
    const widest = Math.max(...p.branches.map((x) => x.members.length));
    for (const b of p.branches) {
      const bar = '█'.repeat(b.members.length).padEnd(widest);
      out.push(`   ${bar} ${b.members.length}  ${shorten(b.label, 70)}`);
      out.push(`      ${b.members.map((m) => `${m.participant} → ${m.ending}`).join('; ')}`);
      for (const m of b.members) {
        if (m.typed !== null) out.push(`      ${m.participant} typte: "${shorten(m.typed, 80)}"${b.option !== null ? ` (opgevat als optie ${b.option})` : ''}`);
      }
    }
    if (p.absent.length > 0) out.push(`   Niet bij dit moment: ${p.absent.join(', ')}`);
  }
  const width = Math.max(9, ...c.scores.map((s) => s.participant.length));
  const short = (d: string) => d.slice(0, 11).padStart(11);
  out.push('', 'Scores', `   ${'deelnemer'.padEnd(width)}  totaal ${DIMENSIONS.map((d) => short(DIMENSION_LABELS[d])).join(' ')}  feiten  einde`);
  for (const s of c.scores) {
    out.push(`   ${s.participant.padEnd(width)}  ${String(s.overall).padStart(6)} ${DIMENSIONS.map((d) => String(s.dimensions[d]).padStart(11)).join(' ')}  ${`${s.factsFound}/${s.factsTotal}`.padStart(6)}  ${s.ending}`);
  }
  if (c.verslag) out.push('', ...renderVerslagen(c.verslag, c.verslagTable, c.participants.length));
  return out;
}

/** Each step of the verslag with the model first and then every writer's text, and the ZRM scores side by side. */
function renderVerslagen(v: VerslagComparison, table: VerslagTable, total: number): string[] {
  const out = [`Verslagen (${v.writers.length} van de ${total} ${total === 1 ? 'deelnemer' : 'deelnemers'} ${v.writers.length === 1 ? 'schreef' : 'schreven'} er een)`];
  const indent = (who: string, text: string) => wrap(text, 72 - who.length).map((l, i) => (i === 0 ? `     ${who}: ${l}` : `     ${' '.repeat(who.length + 2)}${l}`));
  for (const step of v.steps) {
    out.push(`   ${step.label}`);
    if (step.model) out.push(...indent('Voorbeeld', step.model));
    for (const w of step.written) out.push(...indent(w.participant, w.text || '(niet ingevuld)'));
  }
  const checked = table.rows.flatMap((r) => (r.written ? [`${r.participant} ${r.named} van ${r.checkable}`] : []));
  out.push('   Genoemd in het verslag: feiten en afspraken uit het eigen gesprek', ...wrap(checked.join(', '), 72).map((l) => `     ${l}`));
  if (v.zrm.length > 0) {
    out.push('   Zelfredzaamheid-Matrix (1 acute problematiek … 5 volledig zelfredzaam)');
    for (const row of v.zrm) {
      out.push(`     ${row.label}: ervaren consulent ${row.expert}; ${row.scores.map((s) => `${s.participant} ${s.score ?? '-'}`).join(', ')}`);
    }
  }
  return out;
}

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
