import { MOVES, type Move } from '../../engine/vocabulary';

// Evaluation arithmetic shared by the test and the report script.

export interface Labelled {
  readonly text: string;
  readonly move: Move;
}

export interface MoveScore {
  readonly move: Move;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly support: number;
}

export interface Evaluation {
  readonly accuracy: number;
  readonly macroF1: number;
  readonly perMove: readonly MoveScore[];
  readonly errors: readonly { readonly text: string; readonly expected: Move; readonly got: Move }[];
}

export function evaluate(data: readonly Labelled[], predict: (text: string) => Move): Evaluation {
  const tp = new Map<Move, number>();
  const predicted = new Map<Move, number>();
  const actual = new Map<Move, number>();
  const errors: { text: string; expected: Move; got: Move }[] = [];
  for (const item of data) {
    const got = predict(item.text);
    predicted.set(got, (predicted.get(got) ?? 0) + 1);
    actual.set(item.move, (actual.get(item.move) ?? 0) + 1);
    if (got === item.move) tp.set(got, (tp.get(got) ?? 0) + 1);
    else errors.push({ text: item.text, expected: item.move, got });
  }
  const perMove = MOVES.map((move) => {
    const hits = tp.get(move) ?? 0;
    const precision = hits / Math.max(1, predicted.get(move) ?? 0);
    const recall = hits / Math.max(1, actual.get(move) ?? 0);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { move, precision, recall, f1, support: actual.get(move) ?? 0 };
  });
  const correct = data.length - errors.length;
  return {
    accuracy: data.length === 0 ? 0 : correct / data.length,
    macroF1: perMove.reduce((sum, m) => sum + m.f1, 0) / perMove.length,
    perMove,
    errors,
  };
}
