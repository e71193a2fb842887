import { Box, Text } from 'ink';
import { MOVE_LABELS, MOVES, type RunState, type Scenario } from '../../engine';
import { shownOptions } from './update';
import { Header } from './Header';
import { currentPhase, SURE, voicedTranscript, type Pending } from './model';
import { NL } from './messages';
import { Spinner } from './Spinner';
import { Prose } from './Prose';
import { POINTER, tint } from './theme';
import { wrappedLines } from './wrapped-lines';

interface Props {
  scenario: Scenario;
  state: RunState;
  mode: 'options' | 'text';
  optionCursor: number;
  text: string;
  pending: Pending | null;
  notice: string | null;
  /** How many lines of the conversation to keep on screen. */
  recent: number;
  /** A small terminal: each option on one line (cut with …), so header, client and options fit on one screen. */
  compact?: boolean;
  /** A terminal too narrow for the phases and the turn count on one line. */
  narrow?: boolean;
  /** Compact: the screen's height and width, so the option under the cursor is shown whole only when it fits. */
  rows?: number;
  width?: number;
  /** Model mode: which model, what it is doing, what it said, and why it last fell back. */
  modelLabel: string | null;
  waiting: 'reading' | 'answering' | null;
  voiced: Record<number, string>;
  modelNotice: string | null;
}

/** The conversation: recent lines, then either the options, the typing line, the reading of a typed turn, or the wait for the model. */
export function ConversationScreen(props: Props) {
  const { scenario, state, waiting } = props;
  const answering = waiting === 'answering' ? (state.turns.at(-1)?.n ?? null) : null;
  const lines = voicedTranscript(scenario, state, props.voiced, answering).slice(-props.recent);
  const fitsWhole = props.compact ? activeOptionFits(props, lines) : true;
  return (
    <Box flexDirection="column" flexShrink={1}>
      <Box flexDirection="column" flexShrink={0}>
        <Header compact={props.compact ?? false} title={scenario.title} phase={currentPhase(scenario, state)} turn={state.turns.length + 1} trust={state.trust} narrow={props.narrow ?? false} />
        {props.modelLabel ? <Text dimColor>{NL.modelLine(props.modelLabel)}</Text> : null}
      </Box>
      {/* In a frame of the terminal's height (App) only these lines give way: the oldest go off the top, never the header or the options. */}
      <Box flexDirection="column" flexShrink={1} justifyContent="flex-end" overflow="hidden">
        {lines.map((line, i) => (
          <Box key={i} flexShrink={0} marginBottom={line.who === 'client' && !props.compact ? 1 : 0}>
            <Box flexShrink={0} marginRight={1}>
              <Text color={line.who === 'client' ? tint('yellow') : tint('blue')} bold>
                {line.who === 'client' ? `${line.speaker ?? scenario.client.name}:` : `${NL.you}:`}
              </Text>
            </Box>
            <Prose scrolled>{line.text}</Prose>
          </Box>
        ))}
      </Box>
      <Box flexDirection="column" flexShrink={0}>
        {waiting === 'reading' ? <Said who={NL.you} text={`"${props.text.trim()}"`} /> : null}
        {waiting ? <Spinner label={waiting === 'reading' ? (props.modelLabel ? NL.modelReading : NL.firstReading) : NL.modelThinking(scenario.client.name)} /> : null}
        {!waiting && props.pending ? <Understood pending={props.pending} /> : null}
        {!waiting && !props.pending ? <Choices {...props} fitsWhole={fitsWhole} /> : null}
        {props.modelNotice ? <Text color={tint('yellow')}>{props.modelNotice}</Text> : null}
        {props.notice ? <Text color={tint('red')}>{props.notice}</Text> : null}
      </Box>
    </Box>
  );
}

/**
 * Compact: whether the option under the cursor can be shown whole without pushing the screen's top
 * into the scrollback. A long client line and a long option together may not fit in 20 rows; then the
 * option stays on one line, cut with …, like the others.
 */
function activeOptionFits(props: Props, lines: readonly { who: string; text: string; speaker?: string }[]): boolean {
  const { rows, width } = props;
  if (rows === undefined || width === undefined) return true;
  const point = props.state.point !== null && Object.hasOwn(props.scenario.points, props.state.point) ? props.scenario.points[props.state.point] : undefined;
  const shown = shownOptions({ scenario: props.scenario, state: props.state });
  const active = props.mode === 'options' ? point?.options[(shown[props.optionCursor] ?? 0) - 1]?.text : undefined;
  if (active === undefined) return true;
  const header = props.narrow ? 3 : 2;
  const nameWidth = (line: { who: string; speaker?: string }) => (line.who === 'client' ? (line.speaker ?? props.scenario.client.name) : NL.you).length + 2;
  const said = lines.reduce((sum, line) => sum + wrappedLines(line.text, width - nameWidth(line)), 0);
  const options = shown.length + 1 + 1; // heading, the options, closing
  const hint = wrappedLines(NL.optionsHint, width);
  const extras = (props.modelLabel ? 1 : 0) + (props.notice ? 2 : 0) + (props.modelNotice ? 2 : 0);
  const used = header + said + options + hint + extras;
  return used - 1 + wrappedLines(active, width - 5) <= rows - 1;
}

function Choices({ scenario, state, mode, optionCursor, text, compact = false, fitsWhole = true }: Props & { fitsWhole?: boolean }) {
  const point = state.point !== null && Object.hasOwn(scenario.points, state.point) ? scenario.points[state.point] : undefined;
  const entries = [...shownOptions({ scenario, state }).map((n) => point?.options[n - 1]?.text ?? ''), NL.closeOption];
  const typing = mode === 'text';
  return (
    <Box flexDirection="column">
      <Text bold>{NL.optionsHeading}</Text>
      {entries.map((entry, i) => {
        const active = !typing && i === optionCursor;
        const number = i === entries.length - 1 ? '' : `${i + 1}.`;
        return (
          <Box key={i}>
            <Box flexShrink={0} width={5}>
              <Text bold={active} color={active ? tint('green') : undefined}>{`${active ? POINTER : ' '} ${number}`}</Text>
            </Box>
            {/* Compact: the option under the cursor in full, so every option can be read before it is said. */}
            <Prose bold={active} color={active ? tint('green') : undefined} dimColor={typing} wrap={compact && (!active || !fitsWhole) ? 'truncate-end' : 'wrap'}>{entry}</Prose>
          </Box>
        );
      })}
      {/* Compact and not typing: Tab is in the hint below, the typing line waits until it is wanted. */}
      <Box marginTop={compact ? 0 : 1} display={compact && !typing ? 'none' : 'flex'}>
        <Box flexShrink={0}>
          <Text bold={typing} color={typing ? tint('green') : undefined}>{`${typing ? POINTER : ' '} ${NL.freeTextHeading}: `}</Text>
        </Box>
        {typing ? <Prose>{text}<Text inverse> </Text></Prose> : <Text dimColor wrap={compact ? 'truncate-end' : 'wrap'}>{`(Tab) ${NL.freeTextPlaceholder}`}</Text>}
      </Box>
      <Text dimColor>{typing ? NL.textHint : NL.optionsHint}</Text>
    </Box>
  );
}

function Understood({ pending }: { pending: Pending }) {
  const certainty = pending.confidence === null ? '' : ` (${NL.certainty} ${Math.round(pending.confidence * 100)}%)`;
  const unsure = pending.cursor < 0 || (pending.confidence !== null && pending.confidence < SURE);
  return (
    <Box flexDirection="column">
      <Said who={NL.you} text={`"${pending.text}"`} />
      {unsure ? (
        <Text bold>{NL.unsure(Math.round((pending.confidence ?? 0) * 100))}</Text>
      ) : (
        <Text bold>{`${NL.understoodAs}: ${MOVE_LABELS[pending.move]}${certainty}`}</Text>
      )}
      {unsure && pending.likely.length > 0 ? <Text>{`${NL.likely}: ${pending.likely.map((m) => MOVE_LABELS[m]).join(', ')}`}</Text> : null}
      {unsure ? null : <Text>{NL.pickMoveHeading}</Text>}
      {MOVES.map((move, i) => {
        const active = i === pending.cursor;
        return (
          <Text key={move} bold={active} color={active ? tint('green') : undefined}>
            {`${active ? POINTER : ' '} ${i + 1}. ${MOVE_LABELS[move]}${move === pending.move && !unsure ? ' ✓' : ''}`}
          </Text>
        );
      })}
      <Text dimColor>{unsure ? NL.confirmHintUnsure : NL.confirmHint}</Text>
    </Box>
  );
}

/** A typed line waiting to be said, wrapped under its text like the conversation above it. */
function Said({ who, text }: { who: string; text: string }) {
  return (
    <Box>
      <Box flexShrink={0} marginRight={1}>
        <Text color={tint('blue')} bold>{`${who}:`}</Text>
      </Box>
      <Prose>{text}</Prose>
    </Box>
  );
}
