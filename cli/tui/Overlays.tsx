import { Box, Text } from 'ink';
import { NL } from './messages';
import { tint } from './theme';

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

/** The terms this case's feedback and endings use, cut to the screen; the full list is a command away. */
export function GlossaryScreen({ lines, rows }: { lines: string[]; rows: number }) {
  const room = Math.max(3, rows - 6);
  const shown = lines.length > room ? lines.slice(0, room) : lines;
  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1}>
      <Text bold color={tint('cyan')}>{NL.glossaryTitle}</Text>
      {shown.map((line, i) => (
        <Text key={i} bold={!line.startsWith(' ')}>{line}</Text>
      ))}
      <Text dimColor>{lines.length > room ? NL.glossaryMore : NL.glossaryAll}</Text>
      <Text dimColor>{NL.helpClose}</Text>
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
