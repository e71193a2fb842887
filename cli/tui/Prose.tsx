import { Text, Transform } from 'ink';
import type React from 'react';

/**
 * Wrapped text whose continuation lines start where the first did. Ink wraps without trimming, so a
 * line broken at a space began one space too far in; that space is taken off again here.
 */
export function Prose({ children, ...style }: { children: React.ReactNode } & React.ComponentProps<typeof Text>) {
  // A Text inside Transform is laid out by Transform, which always wraps: a cut line stays a plain Text.
  if (style.wrap !== undefined && style.wrap !== 'wrap') return <Text {...style}>{children}</Text>;
  return (
    <Transform transform={(line, index) => (index === 0 ? line : line.replace(/^ /, ''))}>
      <Text {...style}>{children}</Text>
    </Transform>
  );
}
