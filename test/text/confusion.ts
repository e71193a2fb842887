import { FORMS, type Form } from '../../engine/text/form';

// The confusion table both form reports print: gold form down, read form across, recall per row.

export const SHORT: Record<Form, string> = {
  open_question: 'open', closed_question: 'closed', simple_reflection: 'simple', complex_reflection: 'complex', summary: 'summary',
  information: 'info', advice_without_permission: 'adv-', advice_with_permission: 'adv+', affirmation: 'affirm', small_talk: 'small',
};

export function printConfusion(confusion: ReadonlyMap<string, number>): void {
  console.log(`${'gold \\ read'.padEnd(10)}${FORMS.map((f) => SHORT[f].padStart(8)).join('')}   recall`);
  for (const gold of FORMS) {
    let row = 0;
    let hit = 0;
    const cells = FORMS.map((got) => {
      const v = confusion.get(`${gold}|${got}`) ?? 0;
      row += v;
      if (got === gold) hit = v;
      return (v ? String(v) : '.').padStart(8);
    });
    console.log(`${SHORT[gold].padEnd(10)}${cells.join('')}   ${(hit / Math.max(1, row)).toFixed(2)} (${hit}/${row})`);
  }
}
