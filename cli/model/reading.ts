import type { Move, Topic } from '../../engine';
import type { Understood } from './classify';

// No runtime imports: the terminal trainer and the web server use this without loading the openai package.

/** How a face receives a typed turn's reading: the move, and who read it (the model, or the offline reader after a failure). */
export interface TurnReading {
  move: Move;
  confidence: number | null;
  topics: Topic[];
  reader: 'model' | 'classifier';
  notice?: string;
}

export function readingOf({ turn, notice }: Understood): TurnReading {
  const note = notice ? { notice } : {};
  if (turn.type !== 'move') return { move: 'overig', confidence: null, topics: [], reader: 'classifier', ...note };
  return {
    move: turn.move, confidence: turn.confidence ?? null, topics: turn.topics ?? [],
    reader: turn.source === 'model' ? 'model' : 'classifier', ...note,
  };
}
