// Counts per key in a fixed window: enough to stop a script guessing codes or flooding a room,
// without state that outlives a minute.

export class RateLimit {
  private window = 0;
  private counts = new Map<string, number>();

  constructor(private readonly perMinute: number, private readonly now: () => number = Date.now) {}

  /** false when `key` has used up this minute. */
  take(key: string): boolean {
    const minute = Math.floor(this.now() / 60_000);
    if (minute !== this.window) {
      this.window = minute;
      this.counts = new Map();
    }
    const used = this.counts.get(key) ?? 0;
    if (used >= this.perMinute) return false;
    this.counts.set(key, used + 1);
    return true;
  }
}
