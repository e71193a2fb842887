import { Box, measureElement, Text, type DOMElement } from 'ink';
import type React from 'react';
import { useLayoutEffect, useRef, useState } from 'react';
import { NL } from './messages';
import { wrappedLines } from './wrapped-lines';

/** Lines the position line ("Regel 1–17 van 40 · …") takes at this width, at its longest. */
export const positionLines = (width: number) => wrappedLines(NL.scrollPosition(9999, 9999, 9999), width);

interface Paging {
  /** The lines the body may take on screen; absent (not a real terminal): drawn whole. */
  page: number | undefined;
  /** The body's first line on screen, as update() keeps it. */
  top: number;
  /** Called after layout with the body's height and the page, so update() can stop at the last line. */
  onFit?: ((lines: number, page: number) => void) | undefined;
}

/**
 * A body shown a page at a time when it is taller than `page`: it is measured after layout, clipped,
 * and moved up by `top` lines. Returns the body to draw and the position line to show under it
 * (null while the body fits), so the screen keeps its own title and keys around them.
 */
export function usePagedBody({ page, top, onFit }: Paging, children: React.ReactNode): { body: React.ReactElement; position: React.ReactElement | null } {
  const ref = useRef<DOMElement>(null);
  const [measured, setMeasured] = useState<number | null>(null);
  useLayoutEffect(() => {
    if (page === undefined || !ref.current) return;
    const lines = measureElement(ref.current).height;
    if (lines !== measured) setMeasured(lines);
    onFit?.(lines, page);
  });
  const paged = page !== undefined && measured !== null && measured > page;
  // Until the body is measured it gets the whole page, so not even the first frame runs off the screen.
  const height = page === undefined ? undefined : Math.min(page, measured ?? page);
  const shownTop = paged ? Math.min(top, measured - page) : 0;
  const body = (
    <Box flexDirection="column" overflow="hidden" {...(height !== undefined ? { height } : {})}>
      <Box ref={ref} flexDirection="column" flexShrink={0} marginTop={-shownTop}>
        {children}
      </Box>
    </Box>
  );
  const position = paged ? <Text bold>{NL.scrollPosition(shownTop + 1, Math.min(shownTop + page, measured), measured)}</Text> : null;
  return { body, position };
}
