import { useEffect, useRef } from 'react';
import { MOVE_LABELS } from '../engine';
import { NL } from '../messages';
import type { Line } from '../transcript';

/** The conversation as a chat; new lines are announced to screen readers (role="log"). */
export function Chat({ lines, clientName }: { lines: Line[]; clientName: string }) {
  const end = useRef<HTMLLIElement>(null);
  useEffect(() => {
    end.current?.scrollIntoView?.({ block: 'nearest' });
  }, [lines.length]);
  return (
    <div role="log" aria-live="polite" aria-label={NL.conversationWith(clientName)}>
      <ol className="chat">
      {lines.map((line, i) => (
        <li key={i} className={line.who} ref={i === lines.length - 1 ? end : undefined}>
          <span className="speaker">{line.who === 'client' ? clientName : NL.you}</span>
          <span className="text">{line.text}</span>
          {line.who === 'trainee' && line.move && (
            <span className="move">{NL.readAs(MOVE_LABELS[line.move])}</span>
          )}
        </li>
      ))}
      </ol>
    </div>
  );
}
