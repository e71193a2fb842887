import { Box, Text } from 'ink';
import type React from 'react';
import { DIMENSION_LABELS, DIMENSIONS, MOVE_LABELS, type Report, type Scenario } from '../../engine';
import { bar, formatSkills } from '../debrief-text';
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
  return (
    <Box flexDirection="column">
      <Text bold color={tint('cyan')}>{`${NL.debriefTitle} · ${scenario.title}`}</Text>
      {report.critical.length > 0 ? (
        <Box flexDirection="column" marginY={1}>
          <Text bold color={tint('red')}>{`${NL.critical}: ${NL.criticalCap(report.overall, report.uncapped)}`}</Text>
          {report.critical.map((flag, i) => (
            <Item key={i} mark="!!" color={tint('red')}>{flag.message}</Item>
          ))}
        </Box>
      ) : null}
      {report.endingTitle && report.endingQuality ? (
        <Text bold color={tint(QUALITY_COLOR[report.endingQuality])}>{`${NL.ending}: ${report.endingTitle} (${report.endingQuality})`}</Text>
      ) : (
        <Text>{NL.notFinished}</Text>
      )}
      {showTurns ? <Turns report={report} /> : <Summary report={report} scenario={scenario} story={report.story} />}
      <Text dimColor>{runPath ? NL.savedAt(runPath) : NL.notSavedYet}</Text>
      <Text dimColor>{NL.debriefHint(showTurns)}</Text>
    </Box>
  );
}

function Summary({ report, scenario, story }: { report: Report; scenario: Scenario; story: string[] }) {
  const width = Math.max(...DIMENSIONS.map((d) => DIMENSION_LABELS[d].length));
  const total = report.facts.found.length + report.facts.missed.length;
  const others = report.flags.filter((f) => !f.critical);
  const fact = (id: string) => (Object.hasOwn(scenario.facts, id) ? scenario.facts[id]!.summary : id);
  return (
    <Box flexDirection="column">
      {story.map((paragraph, i) => (
        <Text key={i}>{paragraph}</Text>
      ))}
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
      {others.length === 0 ? <Text>{`  ${NL.noFlags}`}</Text> : null}
      {others.map((flag, i) => (
        <Item key={i} mark="!" color={tint('yellow')}>{flag.message}</Item>
      ))}
      <Box flexDirection="column" marginTop={1}>
        {formatSkills(report).map((line, i) => (
          <Text key={i} bold={i === 0}>{line}</Text>
        ))}
      </Box>
      <Box flexDirection="column" marginY={1}>
        <Text bold>{`${NL.factsFound(report.facts.found.length, total)}:`}</Text>
        {report.facts.found.map((id) => (
          <Item key={id} mark="+" color={tint('green')}>{fact(id)}</Item>
        ))}
        {report.facts.missed.length > 0 ? <Text bold>{`${NL.factsMissed}:`}</Text> : null}
        {report.facts.missed.map((id) => (
          <Item key={id} mark="-" color={tint('red')}>{fact(id)}</Item>
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
            <Text>{`${turn.verdict} · [${move}] "${turn.text}"${points.length > 0 ? `  (${points.join(', ')})` : ''}`}</Text>
            {turn.kind === 'move' ? <Text dimColor>{turn.optionText ? `Opgevat als: "${turn.optionText}"` : 'Bij geen optie: de cliënt antwoordde vrij.'}</Text> : null}
            {turn.feedback ? <Text dimColor>{turn.feedback}</Text> : null}
            {turn.example ? <Text color={tint('cyan')}>{`${NL.example}: "${turn.example}"`}</Text> : null}
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
