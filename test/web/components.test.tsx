import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DimensionChart } from '../../web/src/screens/DimensionChart';
import { StatusBar } from '../../web/src/screens/StatusBar';
import { Chat } from '../../web/src/screens/Chat';
import { Progress } from '../../web/src/screens/Progress';
import { moodIndex, NL } from '../../web/src/messages';

// Presentational components take values as props; their markup is checked here without a browser.

describe('web components', () => {
  it('draws the six dimensions with the numbers in text too', () => {
    const html = renderToStaticMarkup(
      <DimensionChart dimensions={{ vraagverheldering: 83, eigen_kracht: 78, netwerk: 5, brede_blik: 0, passende_oplossing: 100, afspraken: 42 }} />,
    );
    expect(html).toContain('role="img"');
    for (const n of [83, 78, 5, 0, 100, 42]) expect(html).toContain(`<td>${n}</td>`);
    expect(html.match(/class="chart-bar"/g)).toHaveLength(6);
  });

  it.each([
    [0, 'gesloten'],
    [3, 'afwachtend'],
    [6, 'open'],
    [9, 'heel open'],
  ])('names trust %i as the mood "%s", in words', (trust, word) => {
    expect(NL.moods[moodIndex(trust)]).toBe(word);
    const html = renderToStaticMarkup(<StatusBar phase="oplossingen" trust={trust} turn={4} />);
    expect(html).toContain(`<strong>${word}</strong>`);
    expect(html).toContain('aria-current="step"');
    expect(html).toContain('Beurt 4');
  });

  it('escapes HTML in chat lines', () => {
    const html = renderToStaticMarkup(<Chat clientName="<b>X</b>" lines={[{ who: 'client', text: '<script>alert(1)</script>' }]} />);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('role="log"');
  });
});

describe('progress table', () => {
  it('dates every earlier run, so a trainer can tell the rounds apart', () => {
    const dims = { vraagverheldering: 10, eigen_kracht: 20, netwerk: 30, brede_blik: 40, passende_oplossing: 50, afspraken: 60 };
    const at = [new Date(2026, 10, 23, 9, 15).getTime(), new Date(2026, 10, 23, 14, 5).getTime()];
    const html = renderToStaticMarkup(<Progress history={at.map((t, i) => ({ caseId: 'bakker', at: t, overall: 40 + i, dimensions: dims, ending: 'x' }))} />);
    expect(html).toMatch(/1<span class="when">23 nov\.?,? (om )?09:15<\/span>/);
    expect(html).toMatch(/2<span class="when">23 nov\.?,? (om )?14:05<\/span>/);
  });
});
