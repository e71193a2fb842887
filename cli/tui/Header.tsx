import { Box, Text } from 'ink';
import type { Phase } from './model';
import { PHASES } from './model';
import { NL } from './messages';
import { tint } from './theme';

interface Props {
  title: string;
  phase: Phase;
  turn: number;
  trust: number;
}

/** Case title, the three phases with the current one marked, and the turn count. */
export function Header({ title, phase, turn, trust }: Props) {
  return (
    <Box flexDirection="column" marginBottom={1}>
      <Text bold color={tint('cyan')}>{`${NL.appName} · ${title}`}</Text>
      <Box>
        <PhaseBar phase={phase} />
        <Text>{`   ${NL.turn} ${turn} · ${NL.trust} ${trust}/10`}</Text>
      </Box>
    </Box>
  );
}

export function PhaseBar({ phase }: { phase: Phase }) {
  return (
    <Text>
      {PHASES.map((p, i) => (
        <Text key={p}>
          {i > 0 ? ' → ' : ''}
          {p === phase ? (
            <Text bold color={tint('green')}>{`[${NL.phaseLabels[p]}]`}</Text>
          ) : (
            <Text dimColor>{NL.phaseLabels[p]}</Text>
          )}
        </Text>
      ))}
    </Text>
  );
}
