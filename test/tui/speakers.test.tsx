import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { start, step, type RunState } from '../../engine';
import { runModel } from '../../cli/tui/model';
import { loadFile, SCENARIOS } from '../helpers/cases';
import { cases, renderTrainer } from './helpers';

afterEach(() => cleanup());

const kwetsbaar = loadFile(join(SCENARIOS, 'kwetsbaar.yaml'), 'kwetsbaar.yaml');

describe('the terminal names who is speaking', () => {
  it('shows neighbour Fatima under her own name, and Truus under hers, in one reply', () => {
    const at: RunState = { ...start(kwetsbaar, { seed: 1 }).state, point: 'buurvrouw', visited: ['buurvrouw'] };
    const arrived = renderTrainer(runModel(cases, kwetsbaar, at, null)).frame();
    expect(arrived).toMatch(/Fatima: +Truus\? O, je hebt bezoek/);
    cleanup();
    const after = step(kwetsbaar, at, { type: 'option', option: 1 }).state;
    const frame = renderTrainer(runModel(cases, kwetsbaar, after, null)).frame();
    expect(frame).toMatch(/Truus van Dam: +Kom erbij, kind\./);
    expect(frame).toMatch(/Fatima: +\(Ze gaat op het puntje/);
    expect(frame).not.toContain('Truus van Dam: Truus: ');
  });
});
