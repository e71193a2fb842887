import { describe, expect, it } from 'vitest';
import { classify, TRAINING_DATA } from '../../engine/classifier';
import { FORM_EXAMPLES } from '../../engine/text/form-data';
import { readForm } from '../../engine/text/form';
import { FRESH_HELDOUT } from './fresh-heldout';
import { FRESH_HELDOUT_2 } from './fresh-heldout-2';
import { FRESH_HELDOUT_3 } from './fresh-heldout-3';

// Three sets of consultant sentences written blind. The first was reported once and then used to tune
// the readers (move 0.803 → 0.93, form 0.771 → 1.0); the second was written after that tuning (first
// look: move 0.888, form 0.888). Both have since joined the move reader's training data. The third
// (first look, 316 sentences: move 0.801, form 0.801) has never been trained on; it was tuned on after the first
// look, as the issue allows (form rules for checks after summaries, announced agreements, small talk, affirmations, advice and permission: form
// 0.807 → 0.899), with the first two sets and the readers' own examples as the check; the move reader reached
// 0.921 on it after a fourth round of blind training sentences (6,450, written from the situation files of all
// twelve cases) and smaller training steps. Floors, so a change that makes reading worse is caught.

const accuracy = (rows: readonly { text: string; move: string; form: string }[], of: 'move' | 'form') =>
  rows.filter((r) => (of === 'move' ? classify(r.text).move : readForm(r.text).form) === r[of]).length / rows.length;

describe('fresh held-out sentences', () => {
  it('the third set is never part of the readers’ own data', () => {
    const own = new Set([...TRAINING_DATA.map((t) => t.text.toLowerCase()), ...FORM_EXAMPLES.map((f) => f.text.toLowerCase())]);
    expect(FRESH_HELDOUT_3.filter((r) => own.has(r.text.toLowerCase())).map((r) => r.text)).toEqual([]);
  });

  it('the form reader keeps its level on the first two sets: ≥ 0.95 and ≥ 0.90', () => {
    expect(accuracy(FRESH_HELDOUT, 'form')).toBeGreaterThanOrEqual(0.95);
    expect(accuracy(FRESH_HELDOUT_2, 'form')).toBeGreaterThanOrEqual(0.90);
  });

  it('the set never trained on: move ≥ 0.92, form ≥ 0.88', () => {
    expect(accuracy(FRESH_HELDOUT_3, 'move')).toBeGreaterThanOrEqual(0.92);
    expect(accuracy(FRESH_HELDOUT_3, 'form')).toBeGreaterThanOrEqual(0.88);
  });
});
