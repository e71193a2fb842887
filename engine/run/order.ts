import { mulberry32 } from '../classifier/model';

// The order in which a trainee sees a point's options: drawn from the run's seed and the point's id,
// so it is the same after a reload or --resume, differs between runs, and never tells the answer
// by its place on the screen. Option numbers in runs and reports stay the case file's.

function hashString(text: string, seed: number): number {
  let h = (seed ^ 0x811c9dc5) >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** 1-based option numbers (file order) in the order they are shown at this point of this run. */
export function optionOrder(seed: number, pointId: string, count: number): number[] {
  const order = Array.from({ length: count }, (_, i) => i + 1);
  const next = mulberry32(hashString(pointId, seed));
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}
