// The clearest value found per option (or arrangement) over the readings of one turn: the whole turn and
// each of its sentences. A turn finds a handful at most, so two short lists beat a map made per turn.

export class Clearest {
  private readonly names: string[] = [];
  private readonly values: number[] = [];

  /** Notes `value` (above 0) for `name` when it is clearer than what was noted for it before. */
  note(name: string, value: number): void {
    const at = this.names.indexOf(name);
    if (at < 0) {
      if (value <= 0) return;
      this.names.push(name);
      this.values.push(value);
    } else if (value > this.values[at]!) this.values[at] = value;
  }

  /** The names noted, clearest first (a tie in the order first noted), at most `max` of them. */
  clearestFirst(max = Infinity): string[] {
    if (this.names.length === 0) return [];
    const order = this.names.map((_, i) => i);
    // Array sort is stable: a tie keeps the order first noted.
    order.sort((a, b) => this.values[b]! - this.values[a]!);
    const out: string[] = [];
    for (let i = 0; i < order.length && i < max; i++) out.push(this.names[order[i]!]!);
    return out;
  }
}
