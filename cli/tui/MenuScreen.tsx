import { Box, Text } from 'ink';
import { basename } from 'node:path';
import type { CaseSummary } from './model';
import type { RunRecords } from './run-records';
import { NL } from './messages';
import { POINTER, tint } from './theme';
import { RESUME_KEYS } from './resume-keys';
import { Prose } from './Prose';

interface Props {
  cases: CaseSummary[];
  cursor: number;
  notice: string | null;
  /** Earlier play in the runs folder; absent on the first frame, before the runs are read. */
  records?: RunRecords;
  /** The terminal's height, when known: the details of the chosen case are cut to fit under the list. */
  rows?: number | undefined;
  /** The width the trainer draws in, to estimate how tall the details are. */
  columns?: number;
}

/** The case list, with the details of the case under the pointer. */
export function MenuScreen({ cases, cursor, notice, records, rows, columns = 80 }: Props) {
  const chosen = cases[cursor];
  const scores = (id: string) => {
    const r = records && Object.hasOwn(records.cases, id) ? records.cases[id] : undefined;
    return r ? ` · ${NL.bestAndLast(r.best, r.last)}` : '';
  };
  const title = (id: string) => cases.find((c) => c.id === id)?.title ?? id;
  const unfinished = records?.unfinished ?? [];
  // Heading (2), the list with its margins, the unfinished runs, a notice, the hint, and one line spare.
  const used = 2 + cases.length + 2 + (unfinished.length > 0 ? unfinished.length + 2 : 0) + (notice ? 1 : 0) + 1 + 1;
  const lines = (text: string, indent: number) => Math.max(1, Math.ceil(text.length / Math.max(10, columns - 4 - indent)));
  const tall = chosen ? 4 + lines(chosen.title, 0) + lines(chosen.summary, 0) + chosen.learningGoals.reduce((n, g) => n + lines(g, 4), 0) : 0;
  const room = rows === undefined ? undefined : Math.min(tall, rows - used);
  const details = room === undefined || room >= 5;
  return (
    <Box flexDirection="column">
      <Text bold color={tint('cyan')}>{NL.appName}</Text>
      <Text bold>{NL.menuTitle}</Text>
      <Box flexDirection="column" marginY={1}>
        {cases.length === 0 ? <Text>{NL.noCases}</Text> : null}
        {cases.map((c, i) => (
          <Text key={c.id} bold={i === cursor} color={i === cursor ? tint('green') : undefined}>
            {`${i === cursor ? POINTER : ' '} ${i + 1}. ${c.title} (${NL.difficulty}: ${c.difficulty})${scores(c.id)}`}
          </Text>
        ))}
      </Box>
      {chosen && details ? (
        <Box flexDirection="column" borderStyle="round" paddingX={1} {...(room !== undefined ? { height: room, overflow: 'hidden' as const } : {})}>
          <Box flexDirection="column" flexShrink={0}>
          <Text bold>{chosen.title}</Text>
          <Text>{`${NL.client}: ${chosen.clientName}, ${chosen.clientAge} ${NL.years} · ${NL.difficulty}: ${chosen.difficulty}`}</Text>
          <Text>{chosen.summary}</Text>
          <Text bold>{`${NL.learningGoals}:`}</Text>
          {chosen.learningGoals.map((goal) => (
            <Box key={goal}>
              <Box flexShrink={0} width={4}>
                <Text>{'  •'}</Text>
              </Box>
              <Prose>{goal}</Prose>
            </Box>
          ))}
          </Box>
        </Box>
      ) : null}
      {unfinished.length > 0 ? (
        <Box flexDirection="column" marginTop={1}>
          <Text bold>{NL.unfinishedHeading}</Text>
          {unfinished.map((u, i) => (
            <Text key={u.path}>{`  ${RESUME_KEYS[i]}. ${title(u.caseId)} · ${NL.turnsSoFar(u.turns)} · ${basename(u.path)}`}</Text>
          ))}
        </Box>
      ) : null}
      {notice ? <Text color={tint('red')}>{notice}</Text> : null}
      <Text dimColor>{unfinished.length > 0 ? NL.menuHintResume(unfinished.length) : NL.menuHint}</Text>
    </Box>
  );
}
