import type { Form, Move, Topic } from '../../engine';
import type { Understood } from './classify';

// No runtime imports: the terminal trainer and the web server use this without loading the openai package.

/** How a face receives a typed turn's reading: the move, and who read it (the model, or the offline reader after a failure). */
export interface TurnReading {
  move: Move;
  confidence: number | null;
  topics: Topic[];
  reader: 'model' | 'classifier';
  notice?: string;
  /** The form (MITI) the model read, when it gave one; the engine reads it itself otherwise. */
  form?: Form;
  /** The option the model says the words match (1-based, file order): a hint the engine checks, never a choice. */
  option?: number;
}

export function readingOf({ turn, notice }: Understood): TurnReading {
  const note = notice ? { notice } : {};
  if (turn.type !== 'move') return { move: 'overig', confidence: null, topics: [], reader: 'classifier', ...note };
  const model = turn.source === 'model';
  // Only a model reading carries a form or an option hint; the offline reader leaves both to the engine.
  const form = model && turn.form !== undefined ? { form: turn.form } : {};
  const option = model && turn.option !== undefined ? { option: turn.option } : {};
  return {
    move: turn.move, confidence: turn.confidence ?? null, topics: turn.topics ?? [],
    reader: model ? 'model' : 'classifier', ...note, ...form, ...option,
  };
}
