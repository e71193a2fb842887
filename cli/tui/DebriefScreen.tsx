import { Box, Text } from 'ink';
import type React from 'react';
import { DIMENSION_LABELS, DIMENSIONS, MOVE_LABELS, type Report, type Scenario } from '../../engine';
import { bar, criticalCap, formatSkills } from '../debrief-text';
import { NL } from './messages';
import { tint } from './theme';
import { Prose } from './Prose';

interface Props {
  scenario: Scenario;
  report: Report;
  showTurns: boolean;
  runPath: string | null;
  /** Why the last save did not go where asked (it says where the run is instead). */
  notice?: string | null;
}

const QUALITY_COLOR = { sterk: 'green', gemiddeld: 'yellow', zwak: 'red' } as const;

/** The debrief: the ending, six bars with their numbers, the flags and the facts; or, on request, a line per turn. */
export function DebriefScreen({ scenario, report, showTurns, runPath, notice }: Props) {
  return (
    <Box flexDirection="column">
      <Text bold color={tint('cyan')}>{`${NL.debriefTitle} · ${scenario.title}`}</Text>
      {report.critical.length > 0 ? (
        <Box flexDirection="column" marginY={1}>
          <Text bold color={tint('red')}>{`${NL.critical}: ${criticalCap(report)}`}</Text>
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
      {notice ? <Text color={tint('red')}>{notice}</Text> : <Text dimColor>{runPath ? NL.savedAt(runPath) : NL.notSavedYet}</Text>}
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
        <Box key={i} marginTop={1}>
          <Text>{paragraph}</Text>
        </Box>
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

/** Items about the whole conversation (no agreements, empty-handed), though tied to the closing turn. */
const isGeneral = (item: Report['items'][number]) => item.turn === null || item.rule === 'empty_handed' || item.rule === 'agreements';

function Turns({ report }: { report: Report }) {
  // Numbers right-aligned, so "9." and "10." keep their verdicts in one column.
  const digits = String(report.turns.at(-1)?.n ?? 1).length;
  const general = report.items.filter(isGeneral);
  const flags = report.flags.filter((flag) => flag.code !== 'empty_handed' && flag.code !== 'geen_afspraken');
  return (
    <Box flexDirection="column" marginY={1}>
      <Text bold>{`${NL.turnsHeading}:`}</Text>
      {report.turns.map((turn) => {
        const move = turn.move ? MOVE_LABELS[turn.move] : 'afronden';
        // How a typed turn was read: the reader's certainty, or that the trainee chose the move.
        const read = turn.kind !== 'move' ? '' : turn.source === 'corrected' ? `, ${NL.chosenByTrainee}`
          : turn.confidence !== null ? `, ${NL.certainty} ${Math.round(turn.confidence * 100)}%` : '';
        const points = report.items.filter((item) => item.turn === turn.n && !isGeneral(item));
        const own = flags.filter((flag) => flag.turn === turn.n);
        return (
          <Item key={turn.n} mark={`${String(turn.n).padStart(digits)}.`} width={digits + 4}>
            <Text>{`${turn.verdict} · [${move}${read}] "${turn.text}"`}</Text>
            {turn.kind === 'move' ? <Text dimColor>{turn.optionText ? `${NL.takenAs}: "${turn.optionText}"` : NL.noOption}</Text> : null}
            {own.map((flag, i) => (
              <Text key={i} color={tint(flag.critical ? 'red' : 'yellow')}>{`${flag.critical ? '!!' : '!'} ${withoutTurn(flag.message)}`}</Text>
            ))}
            {turn.feedback ? <Text dimColor>{turn.feedback}</Text> : null}
            {points.map((item, i) => (
              <Text key={`p${i}`}>
                <Text color={tint(item.points > 0 ? 'green' : 'red')}>{`${item.points > 0 ? '+' : ''}${item.points} ${DIMENSION_LABELS[item.dimension]}`}</Text>
                {`: ${withoutTurn(item.reason)}`}
              </Text>
            ))}
            {turn.example ? <Text color={tint('cyan')}>{`${NL.example}: "${turn.example}"`}</Text> : null}
          </Item>
        );
      })}
      {general.length > 0 ? (
        <Box flexDirection="column" marginTop={1}>
          <Text bold>{`${NL.wholeConversation}:`}</Text>
          {general.map((item, i) => (
            <Item key={i} mark="">
              <Text>
                <Text color={tint(item.points > 0 ? 'green' : 'red')}>{`${item.points > 0 ? '+' : ''}${item.points} ${DIMENSION_LABELS[item.dimension]}`}</Text>
                {`: ${item.reason}`}
              </Text>
            </Item>
          ))}
        </Box>
      ) : null}
    </Box>
  );
}

/** Under its own turn a flag needs no "Beurt 3: " in front. */
function withoutTurn(message: string): string {
  const rest = message.replace(/^Beurt \d+: /, '');
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** A list line with its mark in a column of its own, so wrapped text stays indented. */
function Item({ mark, color, width = 5, children }: { mark: string; color?: string | undefined; width?: number; children: React.ReactNode }) {
  return (
    <Box>
      <Box width={width} flexShrink={0}>
        <Text color={color}>{`  ${mark}`}</Text>
      </Box>
      <Box flexDirection="column">{typeof children === 'string' ? <Prose>{children}</Prose> : children}</Box>
    </Box>
  );
}
