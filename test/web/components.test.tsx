import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DimensionChart } from '../../web/src/screens/DimensionChart';
import { StatusBar } from '../../web/src/screens/StatusBar';
import { Chat } from '../../web/src/screens/Chat';
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
