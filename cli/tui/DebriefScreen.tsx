import { Box, Text } from 'ink';
import type React from 'react';
import { DIMENSION_LABELS, DIMENSIONS, MOVE_LABELS, type Report, type Scenario } from '../../engine';
import { bar, criticalCap, formatOpening, formatSkills } from '../debrief-text';
import { NL } from './messages';
import { tint } from './theme';
import { Prose } from './Prose';
import { positionLines, usePagedBody } from './PagedBody';
import { wrappedLines } from './wrapped-lines';

interface Props {
  scenario: Scenario;
  report: Report;
  showTurns: boolean;
  runPath: string | null;
  /** Why the last save did not go where asked (it says where the run is instead). */
  notice?: string | null;
  /**
   * A real terminal's height and the width drawn in: a debrief taller than that is shown a page at a
   * time, from its top, instead of pushing its top into the scrollback. Absent: drawn whole.
   */
  rows?: number | undefined;
  width?: number;
  /** The first line of the debrief's body on screen. */
  top?: number;
  /** Called after layout with the body's height and the lines there is room for. */
  onFit?: (lines: number, page: number) => void;
}

const QUALITY_COLOR = { sterk: 'green', gemiddeld: 'yellow', zwak: 'red' } as const;

/**
 * The debrief: the ending, six bars with their numbers, the flags and the facts; or, on request, a
 * line per turn. The title stays at the top and the keys at the bottom; the body between them
 * scrolls when it is taller than the terminal.
 */
export function DebriefScreen({ scenario, report, showTurns, runPath, notice, rows, width = 80, top = 0, onFit }: Props) {
  const saved = notice ?? (runPath ? NL.savedAt(runPath) : NL.notSavedYet);
  // Title, the saved line, the position line and the keys; one line spare, so Ink never draws a frame
  // as tall as the terminal (see frame-height.ts).
  const fixed = 1 + saved.split('\n').reduce((n, line) => n + wrappedLines(line, width), 0) + positionLines(width) + wrappedLines(NL.debriefHint(showTurns), width) + 1;
  const page = rows === undefined ? undefined : Math.max(3, rows - fixed);
  const { body, position } = usePagedBody(
    { page, top, onFit },
    <>
      {report.critical.length > 0 ? (
        <Box flexDirection="column" marginY={1}>
          <Prose scrolled bold color={tint('red')}>{`${NL.critical}: ${criticalCap(report)}`}</Prose>
          {report.critical.map((flag, i) => (
            <Item key={i} mark="!!" color={tint('red')}>{flag.message}</Item>
          ))}
        </Box>
      ) : null}
      {report.endingTitle && report.endingQuality ? (
        <Prose scrolled bold color={tint(QUALITY_COLOR[report.endingQuality])}>{`${NL.ending}: ${report.endingTitle} (${report.endingQuality})`}</Prose>
      ) : (
        <Text>{NL.notFinished}</Text>
      )}
      {showTurns ? <Turns report={report} /> : <Summary report={report} scenario={scenario} story={report.story} />}
    </>,
  );
  return (
    <Box flexDirection="column">
      <Text bold color={tint('cyan')} wrap="truncate-end">{`${NL.debriefTitle} · ${scenario.title}`}</Text>
      {body}
      {notice ? <Text color={tint('red')}>{notice}</Text> : <Text dimColor>{saved}</Text>}
      {position}
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
          <Prose scrolled>{paragraph}</Prose>
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
      {report.opening ? (
        <Box flexDirection="column" marginTop={1}>
          {formatOpening(report).map((line, i) => (
            <Text key={i} bold={i === 0}>{line}</Text>
          ))}
        </Box>
      ) : null}
      <Box flexDirection="column" marginTop={1}>
        {formatSkills(report).map((line, i) => {
          // Wrapped lines start under their own first word, not at the screen's edge.
          const indent = line.length - line.trimStart().length;
          return (
            <Box key={i} paddingLeft={indent}>
              <Prose scrolled bold={i === 0}>{line.trimStart()}</Prose>
            </Box>
          );
        })}
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
            <Prose scrolled>{`${turn.verdict} · [${move}${read}] "${turn.text}"`}</Prose>
            {turn.kind === 'move' ? <Prose scrolled dimColor>{turn.optionText ? `${NL.takenAs}: "${turn.optionText}"` : NL.noOption}</Prose> : null}
            {own.map((flag, i) => (
              <Prose scrolled key={i} color={tint(flag.critical ? 'red' : 'yellow')}>{`${flag.critical ? '!!' : '!'} ${withoutTurn(flag.message)}`}</Prose>
            ))}
            {turn.feedback ? <Prose scrolled dimColor>{turn.feedback}</Prose> : null}
            {points.map((item, i) => (
              <Prose scrolled key={`p${i}`}>
                <Text color={tint(item.points > 0 ? 'green' : 'red')}>{`${item.points > 0 ? '+' : ''}${item.points} ${DIMENSION_LABELS[item.dimension]}`}</Text>
                {`: ${withoutTurn(item.reason)}`}
              </Prose>
            ))}
            {turn.example ? <Prose scrolled color={tint('cyan')}>{`${NL.example}: "${turn.example}"`}</Prose> : null}
          </Item>
        );
      })}
      {general.length > 0 ? (
        <Box flexDirection="column" marginTop={1}>
          <Text bold>{`${NL.wholeConversation}:`}</Text>
          {general.map((item, i) => (
            <Item key={i} mark="">
              <Prose scrolled>
                <Text color={tint(item.points > 0 ? 'green' : 'red')}>{`${item.points > 0 ? '+' : ''}${item.points} ${DIMENSION_LABELS[item.dimension]}`}</Text>
                {`: ${item.reason}`}
              </Prose>
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
      <Box flexDirection="column">{typeof children === 'string' ? <Prose scrolled>{children}</Prose> : children}</Box>
    </Box>
  );
}
