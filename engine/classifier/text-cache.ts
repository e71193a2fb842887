// What readers make of a sentence (its words, its profile), kept by the sentence's text. A typed turn is
// read by several readers one after the other, so the sentence asked for last is checked first; case texts
// are asked for again and again and stay. Unbounded free text must not grow memory forever: past the
// limit the cache starts over.

export class TextCache<T> {
  private readonly kept = new Map<string, T>();
  private lastText = '';
  private last: T | undefined;

  constructor(
    private readonly limit: number,
    private readonly make: (text: string) => T,
  ) {}

  get(text: string): T {
    if (text === this.lastText && this.last !== undefined) return this.last;
    let found = this.kept.get(text);
    if (found === undefined) {
      found = this.make(text);
      if (this.kept.size >= this.limit) this.kept.clear();
      this.kept.set(text, found);
    }
    this.lastText = text;
    this.last = found;
    return found;
  }

  /** Forgets these texts: a benchmark of new sentences must not find them already made. */
  forget(texts: readonly string[]): void {
    for (const text of texts) this.kept.delete(text);
    this.last = undefined;
  }

  clear(): void {
    this.kept.clear();
    this.last = undefined;
  }
}
