import { Text, Transform } from 'ink';
import type React from 'react';

/** A space at the start of a line, after any colour codes (a dim or coloured line starts with one). */
// eslint-disable-next-line no-control-regex
const LEADING_SPACE = /^((?:\u001b\[[0-9;]*m)*) /;

/**
 * Wrapped text whose continuation lines start where the first did. Ink wraps without trimming, so a
 * line broken at a space began one space too far in; that space is taken off again here.
 */
export function Prose({ children, scrolled = false, ...style }: { children: React.ReactNode; scrolled?: boolean } & React.ComponentProps<typeof Text>) {
  // A Text inside Transform is laid out by Transform, which always wraps: a cut line stays a plain Text.
  if (style.wrap !== undefined && style.wrap !== 'wrap') return <Text {...style}>{children}</Text>;
  return (
    // Scrolled (the debrief): every line, as Ink counts lines from the first one in sight, so a
    // continuation line may come in as line 0; the debrief's texts never start with a space.
    <Transform transform={(line, index) => (index === 0 && !scrolled ? line : line.replace(LEADING_SPACE, '$1'))}>
      <Text {...style}>{children}</Text>
    </Transform>
  );
}
