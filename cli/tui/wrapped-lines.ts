/** Lines a text takes when wrapped at word boundaries to this width (as the terminal shows it). */
export function wrappedLines(text: string, width: number): number {
  if (width <= 0) return 1;
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter((w) => w.length > 0)) {
    const need = used === 0 ? word.length : used + 1 + word.length;
    if (need <= width) used = need;
    else {
      lines += used === 0 ? Math.ceil(word.length / width) - 1 : 1;
      used = Math.min(word.length, width);
    }
  }
  return lines;
}
