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
