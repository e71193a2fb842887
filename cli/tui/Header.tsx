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
  /** Narrow terminal: the turn and trust get a line of their own instead of wrapping beside the phases. */
  narrow?: boolean;
  /** Small terminal: no blank line under the header. */
  compact?: boolean;
}

/** Case title, the three phases with the current one marked, and the turn count. */
export function Header({ title, phase, turn, trust, narrow = false, compact = false }: Props) {
  const count = `${NL.turn} ${turn} · ${NL.trust} ${trust}/10`;
  return (
    <Box flexDirection="column" marginBottom={compact ? 0 : 1}>
      <Text bold color={tint('cyan')} wrap="truncate-end">{`${NL.appName} · ${title}`}</Text>
      {narrow ? (
        <>
          <PhaseBar phase={phase} />
          <Text>{count}</Text>
        </>
      ) : (
        <Box>
          <PhaseBar phase={phase} />
          <Text>{`   ${count}`}</Text>
        </Box>
      )}
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
