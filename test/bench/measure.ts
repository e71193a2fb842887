/** One benchmark figure as `npm run bench` prints it. */
export interface Measure {
  name: string;
  value: number;
  unit: string;
  target?: string;
  /** Shown instead of the value when there is nothing to measure with. */
  note?: string;
}
