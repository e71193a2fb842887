import { describe, expect, it } from 'vitest';
import { wrappedLines } from '../../cli/tui/wrapped-lines';

// The compact terminal decides from these counts whether the option under the cursor can be shown whole.
describe('wrappedLines', () => {
  it('counts the lines a text takes when wrapped at word boundaries', () => {
    expect(wrappedLines('een twee drie', 20)).toBe(1);
    expect(wrappedLines('een twee drie vier vijf zes', 10)).toBe(3);
    expect(wrappedLines('', 10)).toBe(1);
    expect(wrappedLines('a'.repeat(25), 10)).toBe(3);
  });
});
