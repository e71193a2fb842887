import { useEffect, useRef } from 'react';
import { MOVE_LABELS } from '../engine';
import { NL } from '../messages';
import type { Line } from '../transcript';

/**
 * The conversation as a chat; new lines are announced to screen readers (role="log").
 * `thinking` is shown as the client's next line while a language model is still answering.
 */
export function Chat({ lines, clientName, thinking = null }: { lines: Line[]; clientName: string; thinking?: string | null }) {
  const log = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // The newest line in view where the chat scrolls on its own (wide screens).
    if (log.current) log.current.scrollTop = log.current.scrollHeight;
  }, [lines.length, thinking]);
  return (
    <div className="log" ref={log} role="log" aria-live="polite" aria-label={NL.conversationWith(clientName)} tabIndex={0}>
      <ol className="chat">
      {lines.map((line, i) => (
        <li key={i} className={line.who}>
          <span className="speaker">{line.who === 'client' ? (line.speaker ?? clientName) : NL.you}</span>
          <span className="text">{line.text}</span>
          {line.who === 'trainee' && line.move && (
            <span className="move">{NL.readAs(MOVE_LABELS[line.move])}</span>
          )}
        </li>
      ))}
      {thinking && (
        <li className="client thinking">
          <span className="speaker">{clientName}</span>
          <span className="text">{thinking}</span>
        </li>
      )}
      </ol>
    </div>
  );
}
