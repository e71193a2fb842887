import type { Turn } from '../engine';
import { classify } from '../engine/classifier';

/**
 * How free text becomes a turn without any network: the offline classifier reads the move,
 * the topics and how sure it is. The engine matches that move to the current decision point
 * and keeps text, move and confidence in the turn record ("Opgevat als: …").
 */
export function understandOffline(text: string): Turn {
  const { move, confidence, topics } = classify(text);
  return { type: 'move', move, text, topics, confidence, source: 'classifier' };
}
