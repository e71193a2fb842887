import { Box, measureElement, useStdout, type DOMElement } from 'ink';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { score } from '../../engine';
import { ConversationScreen } from './ConversationScreen';
import { DebriefScreen } from './DebriefScreen';
import { VerslagScreen } from './VerslagScreen';
import { frames } from './frame-height';
import { MenuScreen } from './MenuScreen';
import type { Model } from './model';
import { CloseConfirm, GlossaryScreen, HelpScreen, QuitConfirm } from './Overlays';
import { caseTerms } from '../../engine/analysis/lint-jargon';
import { glossaryLines } from '../commands/glossary';
import type { Deps } from './update';
import { useTrainer, type Effects, type InputLink } from './use-trainer';

/** Past this width lines get too long to read: the trainer stays this wide on a wide terminal. */
export const MAX_WIDTH = 100;
/** Below this height the conversation is drawn compactly, so a turn never scrolls its top away. */
export const SMALL_ROWS = 30;
/** Below this width the phases and the turn count do not fit on one line. */
const NARROW_COLUMNS = 70;

interface Props {
  initial: Model;
  deps: Deps;
  effects: Effects;
  /** Set when Boot owns the keyboard (see Boot); otherwise the trainer listens itself. */
  input?: InputLink;
}

export function App({ initial, deps, effects, input }: Props) {
  const [model, send] = useTrainer(initial, deps, effects, input);
  const root = useRef<DOMElement>(null);
  // Ink has laid the frame out before layout effects run, so this is the height it draws.
  useLayoutEffect(() => {
    frames.tallest = Math.max(frames.tallest, root.current ? measureElement(root.current).height : 0);
  });
  const { stdout } = useStdout();
  const rows = stdout.rows ?? 24;
  // Only a real terminal reports its size; a frame rendered elsewhere (tests, the frame cache) keeps the full layout.
  const small = stdout.rows !== undefined && stdout.rows < SMALL_ROWS;
  const columns = stdout.columns ?? 80;
  const report = useMemo(
    () => (model.scenario && model.state && model.screen === 'debrief' ? score(model.scenario, model.state) : null),
    [model.scenario, model.state, model.screen],
  );
  if (model.overlay === 'help') return <HelpScreen />;
  if (model.overlay === 'begrippen' && deps.glossary) {
    const glossary = deps.glossary;
    const ids = model.scenario ? caseTerms(model.scenario, glossary) : Object.keys(glossary);
    const used = Object.fromEntries(ids.flatMap((id) => (Object.hasOwn(glossary, id) ? [[id, glossary[id]!]] : [])));
    const width = Math.min(columns, MAX_WIDTH);
    return (
      <GlossaryScreen
        lines={glossaryLines(used, undefined, width - 4, false)}
        rows={stdout.rows}
        width={width}
        top={model.glossaryTop}
        onFit={(lines, page) => send([{ type: 'glossary_fit', lines, page }])}
      />
    );
  }
  return (
    // A conversation on a real terminal is one line less tall than it, so nothing scrolls off the top:
    // when the words, the options and a question do not fit, the oldest words give way (ConversationScreen).
    <Box ref={root} flexDirection="column" width={Math.min(columns, MAX_WIDTH)} {...(stdout.rows !== undefined && model.screen === 'conversation' ? { height: rows - 1 } : {})}>
      {model.screen === 'menu' ? (
        <MenuScreen cases={model.cases} cursor={model.menuCursor} notice={model.notice} records={model.records} rows={stdout.rows !== undefined ? rows : undefined} columns={Math.min(columns, MAX_WIDTH)} />
      ) : null}
      {model.screen === 'conversation' && model.scenario && model.state ? (
        <ConversationScreen
          scenario={model.scenario}
          state={model.state}
          mode={model.mode}
          optionCursor={model.optionCursor}
          text={model.text}
          pending={model.pending}
          notice={model.notice}
          recent={rows >= 40 ? 8 : small ? 2 : 4}
          compact={small}
          narrow={Math.min(columns, MAX_WIDTH) < NARROW_COLUMNS}
          rows={rows}
          width={Math.min(columns, MAX_WIDTH)}
          modelLabel={model.modelLabel}
          waiting={model.waiting}
          voiced={model.voiced}
          modelNotice={model.modelNotice}
        />
      ) : null}
      {model.screen === 'debrief' && model.scenario && report ? (
        <DebriefScreen
          scenario={model.scenario}
          report={report}
          showTurns={model.showTurns}
          runPath={model.runPath}
          notice={model.notice}
          rows={stdout.rows}
          width={Math.min(columns, MAX_WIDTH)}
          top={model.debriefTop}
          onFit={(lines, page) => send([{ type: 'debrief_fit', lines, page }])}
        />
      ) : null}
      {model.screen === 'verslag' && model.scenario && model.state ? (
        <VerslagScreen
          scenario={model.scenario}
          state={model.state}
          verslag={model.verslag}
          cursor={model.verslagCursor}
          review={model.verslagReview}
          top={model.verslagTop}
          rows={stdout.rows}
          width={Math.min(columns, MAX_WIDTH)}
          runPath={model.runPath}
          notice={model.notice}
        />
      ) : null}
      <Box flexDirection="column" flexShrink={0}>
        {model.overlay === 'close' ? <CloseConfirm /> : null}
        {model.overlay === 'quit' ? <QuitConfirm runPath={model.state && model.state.turns.length > 0 ? model.runPath : null} /> : null}
      </Box>
    </Box>
  );
}
