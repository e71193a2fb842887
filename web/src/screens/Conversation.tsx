import { useEffect, useRef, useState } from 'react';
import type { RunState, Scenario } from '../engine';
import { NL } from '../messages';
import { currentPhase, voicedTranscript } from '../transcript';
import type { Trainer } from '../use-trainer';
import { Chat } from './Chat';
import { FreeText } from './FreeText';
import { StatusBar } from './StatusBar';

interface Props {
  trainer: Trainer;
  scenario: Scenario;
  state: RunState;
}

export function Conversation({ trainer, scenario, state }: Props) {
  const point = state.point ? scenario.points[state.point] : undefined;
  const options = point?.options ?? [];
  const [ending, setEnding] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const firstOption = useRef<HTMLButtonElement>(null);
  const endButton = useRef<HTMLButtonElement>(null);
  const backFromEnding = useRef(false);
  const turns = state.turns.length;
  const answering = trainer.answering !== null;

  useEffect(() => {
    heading.current?.focus();
  }, []);
  useEffect(() => {
    // After a turn, focus goes to the new options once the client has answered.
    if (turns > 0 && !answering) firstOption.current?.focus();
  }, [turns, answering]);
  useEffect(() => {
    if (!ending && backFromEnding.current) endButton.current?.focus();
    backFromEnding.current = false;
  }, [ending]);

  // Digits pick an option when the trainee is not typing.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.altKey || e.ctrlKey || e.metaKey || trainer.pending || ending || trainer.answering !== null) return;
      if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT')) return;
      const n = Number(e.key);
      if (Number.isInteger(n) && n >= 1 && n <= options.length) {
        e.preventDefault();
        trainer.choose(n);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [options.length, trainer, ending]);

  return (
    <section aria-labelledby="conv-title" className="conversation">
      <h1 id="conv-title" ref={heading} tabIndex={-1}>
        {NL.conversationWith(scenario.client.name)}
      </h1>
      <p className="case-title">{scenario.title}</p>
      <StatusBar phase={currentPhase(scenario, state)} trust={state.trust} turn={turns + 1} />
      {trainer.model && <p className="small model-line">{NL.modelLine(trainer.model)}</p>}
      <div className="columns">
      <Chat
        lines={voicedTranscript(scenario, state, trainer.voiced, trainer.answering)}
        clientName={scenario.client.name}
        thinking={answering ? NL.thinking(scenario.client.name) : null}
      />
      <div className="act">
      {trainer.notice && <p className="alert" role="alert">{trainer.notice}</p>}
      {trainer.modelNotice && <p className="model-notice" role="status">{trainer.modelNotice}</p>}
      {answering && <p className="small" aria-hidden="true">{NL.thinking(scenario.client.name)}</p>}
      {!trainer.pending && !ending && !answering && (
        <fieldset className="options">
          <legend>{NL.optionsHeading}</legend>
          <ol>
            {options.map((o, i) => (
              <li key={`${state.point}-${i}`}>
                <button type="button" ref={i === 0 ? firstOption : undefined} onClick={() => trainer.choose(i + 1)}>
                  <span className="num" aria-hidden="true">{i + 1}</span>
                  <span>{o.text}</span>
                </button>
              </li>
            ))}
          </ol>
        </fieldset>
      )}
      {!ending && !answering && <FreeText trainer={trainer} />}
      <div className="end">
        {ending ? (
          <div role="alertdialog" aria-labelledby="end-q" className="confirm">
            <p id="end-q">{NL.endConfirm}</p>
            <div className="actions">
              <button type="button" className="primary" autoFocus onClick={() => { setEnding(false); trainer.close(); }}>{NL.endYes}</button>
              <button type="button" onClick={() => { backFromEnding.current = true; setEnding(false); }}>{NL.endNo}</button>
            </div>
          </div>
        ) : (
          <div className="actions">
            <button type="button" ref={endButton} onClick={() => setEnding(true)}>{NL.endConversation}</button>
            <button type="button" className="link" onClick={trainer.toList}>{NL.backToList}</button>
          </div>
        )}
        <p className="small">{NL.savedLocally}</p>
      </div>
      </div>
      </div>
    </section>
  );
}
