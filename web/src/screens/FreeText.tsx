import { useEffect, useId, useRef, useState } from 'react';
import { MOVE_LABELS, MOVES, type Move } from '../engine';
import { NL } from '../messages';
import type { Trainer } from '../use-trainer';

/** Below this certainty the reader's guess is not made the default: the trainee chooses. */
const SURE = 0.6;

/** A typed sentence, then "Opgevat als: …" with a way to correct the move before it counts. */
export function FreeText({ trainer }: { trainer: Trainer }) {
  // A sentence half typed survives a reload (a phone in a group room that loses its page), for this turn of this run only.
  const draftKey = trainer.state ? `${trainer.state.caseId}:${trainer.state.seed}:${trainer.state.turns.length}` : null;
  const [text, setText] = useState(() => readDraft(draftKey));
  useEffect(() => writeDraft(draftKey, text), [draftKey, text]);
  const [choice, setChoice] = useState<Move | null>(null);
  const id = useId();
  const chip = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const retyping = useRef(false);
  const pending = trainer.pending;

  const unsure = pending !== null && (pending.confidence ?? 1) < SURE;

  useEffect(() => {
    setChoice(pending && (pending.confidence ?? 1) >= SURE ? pending.move : null);
    if (pending) chip.current?.focus();
    else if (retyping.current) input.current?.focus();
    retyping.current = false;
  }, [pending]);

  if (pending) {
    const move = choice;
    const likely = pending.likely.map((l) => l.move).filter((m) => m !== 'overig' || pending.move === 'overig');
    const ordered = [...likely, ...MOVES.filter((m) => !likely.includes(m))];
    return (
      <div className="pending" ref={chip} tabIndex={-1} aria-labelledby={`${id}-said`}>
        <p id={`${id}-said`}>
          {NL.you}: <q>{pending.text}</q>
        </p>
        {unsure ? (
          <p className="chip">{NL.unsure(Math.round((pending.confidence ?? 0) * 100))}</p>
        ) : (
          <p className="chip">
            {NL.understoodAs}: <strong>{MOVE_LABELS[pending.move]}</strong>
            {pending.confidence !== null && <span className="small"> ({NL.certainty(Math.round(pending.confidence * 100))})</span>}
          </p>
        )}
        <fieldset>
          <legend>{unsure && likely.length > 0 ? NL.likelyLabel : NL.correctLabel}</legend>
          <div className="moves">
            {ordered.map((m) => (
              <label key={m}>
                <input type="radio" name={`${id}-move`} value={m} checked={move === m} onChange={() => setChoice(m)} /> {MOVE_LABELS[m]}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="actions">
          <button type="button" className="primary" disabled={move === null} onClick={() => { if (move) { trainer.confirm(move); setText(''); } }}>
            {move === null ? NL.chooseFirst : move === pending.move ? NL.confirm : NL.confirmCorrected}
          </button>
          <button type="button" onClick={() => { retyping.current = true; trainer.cancelPending(); }}>{NL.retype}</button>
        </div>
      </div>
    );
  }
  return (
    <form
      className="freetext"
      onSubmit={(e) => {
        e.preventDefault();
        void trainer.say(text);
      }}
    >
      <label htmlFor={`${id}-text`}>{NL.freeTextLabel}</label>
      <div className="row">
        <input id={`${id}-text`} ref={input} type="text" value={text} autoComplete="off" placeholder={NL.freeTextPlaceholder} onChange={(e) => setText(e.target.value)} />
        <button type="submit" disabled={trainer.busy}>{NL.say}</button>
      </div>
      {trainer.busy && <p className="small" role="status">{NL.reading}</p>}
    </form>
  );
}

const DRAFT_KEY = 'kanteltrainer.concept';

function readDraft(key: string | null): string {
  try {
    const draft = JSON.parse(localStorage.getItem(DRAFT_KEY) ?? 'null') as { key?: unknown; text?: unknown } | null;
    return key !== null && draft?.key === key && typeof draft.text === 'string' ? draft.text.slice(0, 2000) : '';
  } catch {
    return '';
  }
}

function writeDraft(key: string | null, text: string): void {
  try {
    if (key === null || text === '') localStorage.removeItem(DRAFT_KEY);
    else localStorage.setItem(DRAFT_KEY, JSON.stringify({ key, text }));
  } catch {
    /* without storage a draft is simply not kept */
  }
}
