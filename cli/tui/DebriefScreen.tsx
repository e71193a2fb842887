import { Box, Text } from 'ink';
import type React from 'react';
import { DIMENSION_LABELS, DIMENSIONS, MOVE_LABELS, type Report, type Scenario } from '../../engine';
import { bar } from '../debrief-text';
import { NL } from './messages';
import { tint } from './theme';

interface Props {
  scenario: Scenario;
  report: Report;
  showTurns: boolean;
  runPath: string | null;
}

const QUALITY_COLOR = { sterk: 'green', gemiddeld: 'yellow', zwak: 'red' } as const;

/** The debrief: the ending, six bars with their numbers, the flags and the facts; or, on request, a line per turn. */
export function DebriefScreen({ scenario, report, showTurns, runPath }: Props) {
  const ending = report.ending ? scenario.endings[report.ending] : undefined;
  return (
    <Box flexDirection="column">
      <Text bold color={tint('cyan')}>{`${NL.debriefTitle} · ${scenario.title}`}</Text>
      {report.endingTitle && report.endingQuality ? (
        <Text bold color={tint(QUALITY_COLOR[report.endingQuality])}>{`${NL.ending}: ${report.endingTitle} (${report.endingQuality})`}</Text>
      ) : (
        <Text>{NL.notFinished}</Text>
      )}
      {showTurns ? <Turns report={report} /> : <Summary report={report} scenario={scenario} endingText={ending?.debrief} />}
      <Text dimColor>{runPath ? NL.savedAt(runPath) : NL.notSavedYet}</Text>
      <Text dimColor>{NL.debriefHint(showTurns)}</Text>
    </Box>
  );
}

function Summary({ report, scenario, endingText }: { report: Report; scenario: Scenario; endingText: string | undefined }) {
  const width = Math.max(...DIMENSIONS.map((d) => DIMENSION_LABELS[d].length));
  const total = report.facts.found.length + report.facts.missed.length;
  return (
    <Box flexDirection="column">
      {endingText ? <Text>{endingText.trim()}</Text> : null}
      <Box flexDirection="column" marginY={1}>
        <Text bold>{`${NL.overall}: ${report.overall}/100`}</Text>
        {DIMENSIONS.map((d) => (
          <Text key={d}>
            {`  ${DIMENSION_LABELS[d].padEnd(width)}  `}
            <Text color={tint(report.dimensions[d] >= 60 ? 'green' : report.dimensions[d] >= 35 ? 'yellow' : 'red')}>{bar(report.dimensions[d])}</Text>
            {`  ${String(report.dimensions[d]).padStart(3)}`}
          </Text>
        ))}
      </Box>
      <Text bold>{`${NL.flagsHeading}:`}</Text>
      {report.flags.length === 0 ? <Text>{`  ${NL.noFlags}`}</Text> : null}
      {report.flags.map((flag, i) => (
        <Item key={i} mark="!" color={tint('yellow')}>{flag.message}</Item>
      ))}
      <Box flexDirection="column" marginY={1}>
        <Text bold>{`${NL.factsFound(report.facts.found.length, total)}:`}</Text>
        {report.facts.found.map((id) => (
          <Item key={id} mark="+" color={tint('green')}>{scenario.facts[id]?.summary ?? id}</Item>
        ))}
        {report.facts.missed.length > 0 ? <Text bold>{`${NL.factsMissed}:`}</Text> : null}
        {report.facts.missed.map((id) => (
          <Item key={id} mark="-" color={tint('red')}>{scenario.facts[id]?.summary ?? id}</Item>
        ))}
      </Box>
    </Box>
  );
}

function Turns({ report }: { report: Report }) {
  return (
    <Box flexDirection="column" marginY={1}>
      <Text bold>{`${NL.turnsHeading}:`}</Text>
      {report.turns.map((turn) => {
        const move = turn.move ? MOVE_LABELS[turn.move] : 'afronden';
        const points = report.items.filter((item) => item.turn === turn.n).map((item) => `${item.points > 0 ? '+' : ''}${item.points} ${DIMENSION_LABELS[item.dimension]}`);
        return (
          <Item key={turn.n} mark={`${turn.n}.`}>
            <Text>{`[${move}] "${turn.text}"${points.length > 0 ? `  (${points.join(', ')})` : ''}`}</Text>
            {turn.feedback ? <Text dimColor>{turn.feedback}</Text> : null}
          </Item>
        );
      })}
    </Box>
  );
}

/** A list line with its mark in a column of its own, so wrapped text stays indented. */
function Item({ mark, color, children }: { mark: string; color?: string | undefined; children: React.ReactNode }) {
  return (
    <Box>
      <Box width={5} flexShrink={0}>
        <Text color={color}>{`  ${mark}`}</Text>
      </Box>
      <Box flexDirection="column">{typeof children === 'string' ? <Text>{children}</Text> : children}</Box>
    </Box>
  );
}
