import { Box, Text } from 'ink';
import { reviewVerslag, terminalSafe, VERSLAG_STEP_HINTS, VERSLAG_STEP_LABELS, ZRM_DOMAIN_LABELS, ZRM_LEVEL_LABELS, type RunState, type Scenario, type WrittenVerslag } from '../../engine';
import { wrap } from '../debrief-text';
import { formatVerslagReview } from '../verslag-text';
import { NL } from './messages';
import { tint } from './theme';
import { Prose } from './Prose';
import { verslagFields, type VerslagField } from './verslag-update';

interface Props {
  scenario: Scenario;
  state: RunState;
  verslag: WrittenVerslag;
  cursor: number;
  review: boolean;
  top: number;
  /** A real terminal's height: the review is shown a page at a time. Absent: drawn whole. */
  rows?: number | undefined;
  width: number;
  runPath: string | null;
  notice?: string | null;
}

/** The verslag after the debrief: the fields to write in, or the verslag beside the model and this run's checklist. */
export function VerslagScreen(props: Props) {
  const { scenario, review, width } = props;
  return (
    <Box flexDirection="column" width={width}>
      <Text bold color={tint('cyan')} wrap="truncate-end">{`${NL.verslagTitle} · ${scenario.title}`}</Text>
      {review ? <Review {...props} /> : <Fields {...props} />}
      {props.notice ? <Text color={tint('red')}>{props.notice}</Text> : <Text dimColor wrap="truncate-end">{props.runPath ? NL.savedAt(props.runPath) : NL.notSavedYet}</Text>}
      <Text dimColor>{review ? NL.verslagReviewHint : NL.verslagHint}</Text>
    </Box>
  );
}

function shown(field: VerslagField, verslag: WrittenVerslag): { label: string; value: string } {
  if (field.kind === 'step') return { label: VERSLAG_STEP_LABELS[field.step], value: terminalSafe(verslag.fields[field.step] ?? '').replace(/\s+/g, ' ') };
  const score = verslag.zrm[field.domain];
  return { label: `ZRM ${ZRM_DOMAIN_LABELS[field.domain]}`, value: score === undefined ? '' : `${score} (${ZRM_LEVEL_LABELS[score]})` };
}

function Fields({ scenario, verslag, cursor }: Props) {
  const fields = verslagFields({ scenario });
  const current = fields[cursor];
  return (
    <Box flexDirection="column" marginY={1}>
      <Text>{NL.verslagIntro}</Text>
      {fields.map((field, i) => {
        const { label, value } = shown(field, verslag);
        const at = i === cursor;
        return (
          <Text key={i} wrap="truncate-end" bold={at} {...(at ? { color: tint('cyan') } : {})}>
            {`${at ? '›' : ' '} ${label}: `}
            <Text dimColor={!value}>{value || NL.verslagEmpty}</Text>
          </Text>
        );
      })}
      {current ? (
        <Box flexDirection="column" marginTop={1} borderStyle="round" paddingX={1}>
          <Text bold>{shown(current, verslag).label}</Text>
          <Prose dimColor>{current.kind === 'step' ? VERSLAG_STEP_HINTS[current.step] : NL.verslagZrmHint}</Prose>
          {current.kind === 'step' ? (
            <Prose>{`${terminalSafe(verslag.fields[current.step] ?? '')}▌`}</Prose>
          ) : (
            <Text>{shown(current, verslag).value || NL.verslagEmpty}</Text>
          )}
        </Box>
      ) : null}
    </Box>
  );
}

function Review({ scenario, state, verslag, top, rows, width }: Props) {
  const lines = formatVerslagReview(reviewVerslag(scenario, state, verslag)).flatMap((line) => (line.length <= width ? [line] : rewrap(line, width)));
  // Title, saved line, position and keys, and one line spare so the frame is never as tall as the terminal.
  const page = rows === undefined ? lines.length : Math.max(3, rows - 5);
  const first = Math.min(top, Math.max(0, lines.length - page));
  const slice = lines.slice(first, first + page);
  return (
    <Box flexDirection="column">
      {slice.map((line, i) => (
        <Text key={first + i} wrap="truncate-end" {...(line.startsWith('  [x]') ? { color: tint('green') } : line.startsWith('  [ ]') ? { color: tint('yellow') } : {})}>{line || ' '}</Text>
      ))}
      {lines.length > page ? <Text bold>{NL.scrollPosition(first + 1, Math.min(first + page, lines.length), lines.length)}</Text> : null}
    </Box>
  );
}

/** A line too wide for a narrow terminal, wrapped with its indent kept. */
function rewrap(line: string, width: number): string[] {
  const indent = line.length - line.trimStart().length;
  return wrap(line.trimStart(), Math.max(10, width - indent - 4)).map((l, i) => `${' '.repeat(i === 0 ? indent : indent + 4)}${l}`);
}
