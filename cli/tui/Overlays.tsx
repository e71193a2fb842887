import { Box, Text } from 'ink';
import { NL } from './messages';
import { tint } from './theme';
import { positionLines, usePagedBody } from './PagedBody';
import { wrappedLines } from './wrapped-lines';

export function HelpScreen() {
  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1}>
      <Text bold color={tint('cyan')}>{`${NL.appName} · ${NL.helpTitle}`}</Text>
      <Text>{NL.helpAbout}</Text>
      <Box flexDirection="column" marginY={1}>
        {NL.helpLines.map((line) => (
          <Text key={line}>{line}</Text>
        ))}
      </Box>
      <Text dimColor>{NL.helpClose}</Text>
    </Box>
  );
}

interface GlossaryProps {
  lines: string[];
  /** A real terminal's height: a longer list is read a page at a time. Absent: drawn whole. */
  rows: number | undefined;
  /** The width drawn in, border included. */
  width: number;
  /** The list's first line on screen. */
  top: number;
  onFit?: (lines: number, page: number) => void;
}

/** The terms this case's feedback and endings use; the title and the keys stay put while the list scrolls. */
export function GlossaryScreen({ lines, rows, width, top, onFit }: GlossaryProps) {
  const inner = Math.max(1, width - 4);
  // Border, title, the two hint lines and the position line; one line spare (see frame-height.ts).
  const fixed = 2 + 1 + wrappedLines(NL.glossaryAll, inner) + wrappedLines(NL.glossaryClose, inner) + positionLines(inner) + 1;
  const page = rows === undefined ? undefined : Math.max(3, rows - fixed);
  const { body, position } = usePagedBody(
    { page, top, onFit },
    lines.map((line, i) => (
      <Text key={i} bold={!line.startsWith(' ')}>{line}</Text>
    )),
  );
  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1} width={width}>
      <Text bold color={tint('cyan')}>{NL.glossaryTitle}</Text>
      {body}
      {position}
      <Text dimColor>{NL.glossaryAll}</Text>
      <Text dimColor>{NL.glossaryClose}</Text>
    </Box>
  );
}

export function QuitConfirm({ runPath }: { runPath: string | null }) {
  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1}>
      <Text bold color={tint('yellow')}>{NL.quitTitle}</Text>
      <Text>{NL.quitBody(runPath)}</Text>
      <Text dimColor>{NL.quitHint}</Text>
    </Box>
  );
}

export function CloseConfirm() {
  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1}>
      <Text bold color={tint('yellow')}>{NL.closeTitle}</Text>
      <Text>{NL.closeBody}</Text>
      <Text dimColor>{NL.closeHint}</Text>
    </Box>
  );
}
