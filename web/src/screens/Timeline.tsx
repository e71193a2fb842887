import { MOVE_LABELS, type Report } from '../engine';
import { NL } from '../messages';

/** Every turn with what the client answered, the feedback and any flag on that turn. */
export function Timeline({ report, clientName }: { report: Report; clientName: string }) {
  return (
    <>
      <h2>{NL.timelineHeading}</h2>
      <ol className="timeline">
        {report.turns.map((t) => {
          const flags = report.flags.filter((f) => f.turn === t.n);
          return (
            <li key={t.n} className={flags.length > 0 ? 'flagged' : undefined}>
              <p className="t-head">
                <strong>{NL.turn(t.n)}</strong>
                {t.move && <span className="small"> · {NL.readAs(MOVE_LABELS[t.move])}</span>}
              </p>
              <p>{NL.you}: {t.text}</p>
              {t.reply && <p className="reply">{clientName}: {t.reply}</p>}
              {t.feedback && <p className="feedback"><strong>{NL.feedback}:</strong> {t.feedback}</p>}
              {flags.map((f, i) => (
                <p key={i} className="flag"><strong>{NL.flagged}:</strong> {f.message}</p>
              ))}
            </li>
          );
        })}
      </ol>
    </>
  );
}
