import { describe, expect, it } from 'vitest';
import type { Point } from '../../engine';
import { matchOption } from '../../engine/run/match';

const option = (text: string, move: Point['options'][number]['move'], topics: Point['options'][number]['topics'] = []) =>
  ({ text, move, topics, feedback: 'x', trust: 0, reveals: [], arranges: false, score: [], close: true }) as Point['options'][number];

const point: Point = {
  phase: 'verkennen',
  client: 'Het gaat wel.',
  options: [
    option('Wat vindt u zelf lastig in het huishouden?', 'eigen_kracht', ['huishouden']),
    option('Hoe komt u aan uw boodschappen, nu fietsen niet meer gaat?', 'eigen_kracht', ['eten', 'vervoer']),
    option('U moet gewoon wat vaker uw kinderen bellen.', 'overig', ['familie']),
  ],
};

describe('matching free text to an option', () => {
  it('takes the option of the same move that shares the most topics', () => {
    expect(matchOption(point, 'eigen_kracht', ['vervoer'], 'Hoe gaat u nu naar de winkel?')).toBe(2);
  });

  it('breaks a tie on topics by the words the trainee used', () => {
    expect(matchOption(point, 'eigen_kracht', [], 'En de boodschappen, hoe gaat dat?')).toBe(2);
    expect(matchOption(point, 'eigen_kracht', [], 'Wat is lastig voor u?')).toBe(1);
  });

  it('leaves small talk to the fallback instead of a pitfall option', () => {
    expect(matchOption(point, 'overig', ['familie'], 'Wat leuk, die foto van uw kinderen!')).toBeUndefined();
  });

  it('does not force a turn about something else onto an option', () => {
    expect(matchOption(point, 'eigen_kracht', ['geld'], 'Kunt u zelf iemand betalen?')).toBeUndefined();
  });
});
