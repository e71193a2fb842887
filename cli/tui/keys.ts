import type { Key as InkKey } from 'ink';

/** One key the trainer understands; Ink's (input, key) pairs are turned into a list of these. */
export type Key =
  | { type: 'char'; char: string }
  | { type: 'up' | 'down' | 'left' | 'right' | 'pageUp' | 'pageDown' | 'home' | 'end' | 'enter' | 'tab' | 'backspace' | 'escape' | 'interrupt' };

/**
 * Ink hands over everything that arrived in one read as one string ("1\r" when a person, or
 * tmux, types fast), so the string is split into single keys here.
 */
export function toKeys(
  input: string,
  key: Pick<InkKey, 'upArrow' | 'downArrow' | 'leftArrow' | 'rightArrow' | 'return' | 'tab' | 'backspace' | 'delete' | 'escape' | 'ctrl'> & Partial<Pick<InkKey, 'pageUp' | 'pageDown' | 'home' | 'end'>>,
): Key[] {
  if (key.ctrl && input === 'c') return [{ type: 'interrupt' }];
  if (key.upArrow) return [{ type: 'up' }];
  if (key.downArrow) return [{ type: 'down' }];
  if (key.pageUp) return [{ type: 'pageUp' }];
  if (key.pageDown) return [{ type: 'pageDown' }];
  if (key.home) return [{ type: 'home' }];
  if (key.end) return [{ type: 'end' }];
  if (key.leftArrow) return [{ type: 'left' }];
  if (key.rightArrow) return [{ type: 'right' }];
  if (key.return) return [{ type: 'enter' }];
  if (key.tab) return [{ type: 'tab' }];
  if (key.backspace || key.delete) return [{ type: 'backspace' }];
  if (key.escape) return [{ type: 'escape' }];
  if (key.ctrl) return [];
  return splitInput(input);
}

export function splitInput(input: string): Key[] {
  const keys: Key[] = [];
  for (const char of input) {
    if (char === '\r' || char === '\n') keys.push({ type: 'enter' });
    else if (char === '\t') keys.push({ type: 'tab' });
    else if (char === '\x7f' || char === '\b') keys.push({ type: 'backspace' });
    else if (char === '\x03') keys.push({ type: 'interrupt' });
    else if (char === '\x1b') keys.push({ type: 'escape' });
    else if (char >= ' ') keys.push({ type: 'char', char });
  }
  return keys;
}
