import { useEffect, useRef } from 'react';
import { NL } from '../messages';

interface Props {
  /** The case the link opens. */
  title: string;
  /** The case of the unfinished run, and its number of turns. */
  unfinishedTitle: string;
  turns: number;
  onReplace(): void;
  onKeep(): void;
}

/** A link to a case while another case's run is unfinished: the same question the Start button asks. */
export function ReplaceRun({ title, unfinishedTitle, turns, onReplace, onKeep }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section aria-labelledby="replace-title" className="replace-run">
      <h1 id="replace-title" ref={heading} tabIndex={-1}>{NL.openLinked(title)}</h1>
      <div role="alertdialog" aria-labelledby="replace-title" aria-describedby="replace-why" className="confirm">
        <p id="replace-why">{NL.replaceRun(unfinishedTitle, turns)}</p>
        <div className="actions">
          <button type="button" onClick={onReplace}>{NL.replaceYes}</button>
          <button type="button" className="primary" onClick={onKeep}>{NL.replaceNo}</button>
        </div>
      </div>
    </section>
  );
}
