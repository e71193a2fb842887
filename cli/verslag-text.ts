import { terminalSafe, ZRM_LEVEL_LABELS, type ChecklistItem, type VerslagReview } from '../engine';
import { wrap } from './debrief-text';

const MARK: Record<'yes' | 'no' | 'self', string> = { yes: '[x]', no: '[ ]', self: '[?]' };

function mark(item: ChecklistItem): string {
  if (item.named === true) return MARK.yes;
  if (item.named === false) return MARK.no;
  return MARK.self;
}

function indented(text: string, first: string, rest: string, width = 76): string[] {
  return wrap(terminalSafe(text), width - first.length).map((l, i) => `${i === 0 ? first : rest}${l}`);
}

/** The written verslag beside the model, step by step, with this run's checklist and the ZRM scores side by side. */
export function formatVerslagReview(review: VerslagReview): string[] {
  const out: string[] = ['Verslag: jouw tekst naast het voorbeeld'];
  if (!review.hasModel) out.push(...indented('Deze casus heeft nog geen voorbeeldverslag; de checklist komt uit jouw gesprek.', '  ', '  '));
  for (const step of review.steps) {
    out.push('', step.label);
    out.push(...indented(step.written || '(niet ingevuld)', '  Jij:       ', '             '));
    if (step.model) out.push(...indented(step.model, '  Voorbeeld: ', '             '));
    for (const item of step.checklist) out.push(...indented(checklistLine(item), `  ${mark(item)} `, '      '));
  }
  if (review.zrm.length > 0) {
    out.push('', 'Zelfredzaamheid-Matrix (1 acute problematiek … 5 volledig zelfredzaam)');
    for (const row of review.zrm) {
      const own = row.own === null ? 'jij: -' : `jij: ${row.own}`;
      const gap = row.own === null ? '' : row.own === row.expert ? ', gelijk' : `, ${Math.abs(row.own - row.expert)} ${row.own > row.expert ? 'hoger' : 'lager'}`;
      out.push(`  ${row.label}: ${own}, ervaren consulent: ${row.expert} (${ZRM_LEVEL_LABELS[row.expert]})${gap}`);
      out.push(...indented(row.reason, '      ', '      '));
      if (row.unseen.length > 0) out.push(...indented(`Niet gevonden in jouw gesprek: ${row.unseen.join('; ')}.`, '      ', '      '));
    }
  }
  out.push('', ...indented('[x] herkend in je verslag, [ ] niet herkend (staat het er in andere woorden?), [?] kijk zelf na.', '', ''));
  return out;
}

function checklistLine(item: ChecklistItem): string {
  switch (item.kind) {
    case 'found':
      return `Gevonden: ${item.text}`;
    case 'arranged':
      return `Geregeld: ${item.text}`;
    default:
      return item.text;
  }
}
