import { Box, Text } from 'ink';
import type { CaseSummary } from './model';
import { NL } from './messages';
import { POINTER, tint } from './theme';

interface Props {
  cases: CaseSummary[];
  cursor: number;
  notice: string | null;
}

/** The case list, with the details of the case under the pointer. */
export function MenuScreen({ cases, cursor, notice }: Props) {
  const chosen = cases[cursor];
  return (
    <Box flexDirection="column">
      <Text bold color={tint('cyan')}>{NL.appName}</Text>
      <Text bold>{NL.menuTitle}</Text>
      <Box flexDirection="column" marginY={1}>
        {cases.length === 0 ? <Text>{NL.noCases}</Text> : null}
        {cases.map((c, i) => (
          <Text key={c.id} bold={i === cursor} color={i === cursor ? tint('green') : undefined}>
            {`${i === cursor ? POINTER : ' '} ${i + 1}. ${c.title} (${NL.difficulty}: ${c.difficulty})`}
          </Text>
        ))}
      </Box>
      {chosen ? (
        <Box flexDirection="column" borderStyle="round" paddingX={1}>
          <Text bold>{chosen.title}</Text>
          <Text>{`${NL.client}: ${chosen.clientName}, ${chosen.clientAge} ${NL.years} · ${NL.difficulty}: ${chosen.difficulty}`}</Text>
          <Text>{chosen.summary}</Text>
          <Text bold>{`${NL.learningGoals}:`}</Text>
          {chosen.learningGoals.map((goal) => (
            <Box key={goal}>
              <Box flexShrink={0} width={4}>
                <Text>{'  •'}</Text>
              </Box>
              <Text>{goal}</Text>
            </Box>
          ))}
        </Box>
      ) : null}
      {notice ? <Text color={tint('red')}>{notice}</Text> : null}
      <Text dimColor>{NL.menuHint}</Text>
    </Box>
  );
}
