import { useEffect, useRef, useState } from 'react';
import { optionOrder, type RunState, type Scenario } from '../engine';
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
  const point = state.point !== null && Object.hasOwn(scenario.points, state.point) ? scenario.points[state.point] : undefined;
  // Shown in the run's own order; a button still names the option by its number in the case file.
  const shown = point && state.point !== null ? optionOrder(state.seed, state.point, point.options.length) : [];
  const options = shown.map((n) => ({ number: n, text: point!.options[n - 1]!.text }));
  const [ending, setEnding] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const section = useRef<HTMLElement>(null);
  const optionsBox = useRef<HTMLFieldSetElement>(null);
  const endButton = useRef<HTMLButtonElement>(null);
  const mayCloseBox = useRef<HTMLDivElement>(null);
  const backFromEnding = useRef(false);
  const turns = state.turns.length;
  const answering = trainer.answering !== null;

  useEffect(() => {
    heading.current?.focus();
  }, []);
  useEffect(() => {
    // After a turn, focus goes to the options' heading once the client has answered, never onto an option:
    // a focused first option invites pressing Enter without reading.
    if (turns > 0 && !answering) {
      const log = section.current?.querySelector<HTMLElement>('.log');
      // One column (a phone): the page scrolls, and the trainee reads the client's answer from its start.
      if (log && getComputedStyle(log).overflowY === 'visible') {
        optionsBox.current?.focus({ preventScroll: true });
        const said = log.querySelectorAll('li.trainee');
        const last = said[said.length - 1];
        const answer = last?.nextElementSibling ?? last;
        answer?.scrollIntoView({ block: 'start' });
        return;
      }
      // The offer to close stands just above the options: focusing them must not scroll it out of sight.
      const offer = mayCloseBox.current;
      optionsBox.current?.focus({ preventScroll: offer !== null });
      offer?.scrollIntoView({ block: 'nearest' });
    }
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
      const option = Number.isInteger(n) && n >= 1 ? options[n - 1] : undefined;
      if (option) {
        e.preventDefault();
        trainer.choose(option.number);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [options, trainer, ending]);

  return (
    <section aria-labelledby="conv-title" className="conversation" ref={section}>
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
      {/* A live region that is always there, so the offer to close is read out while focus sits on the options. */}
      <div aria-live="polite">
      {trainer.mayClose && !ending && !answering && !trainer.pending && (
        <div className="may-close" role="group" aria-labelledby="may-close-q" ref={mayCloseBox}>
          <p id="may-close-q">{NL.mayClose}</p>
          <div className="actions">
            <button type="button" className="primary" onClick={() => trainer.close()}>{NL.mayCloseYes}</button>
            {/* Focus to the options first: the button disappears with the box. */}
            <button type="button" onClick={() => { optionsBox.current?.focus(); trainer.dismissMayClose(); }}>{NL.mayCloseNo}</button>
          </div>
        </div>
      )}
      </div>
      {!trainer.pending && !ending && !answering && (
        <fieldset className="options" ref={optionsBox} tabIndex={-1}>
          <legend>{NL.optionsHeading}</legend>
          <ol>
            {options.map((o, i) => (
              <li key={`${state.point}-${o.number}`}>
                <button type="button" onClick={() => trainer.choose(o.number)}>
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
