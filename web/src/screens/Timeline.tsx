import { FORM_LABELS, MOVE_LABELS, spokenParts, type Report, type Scenario } from '../engine';
import { NL } from '../messages';
import { underTurn } from '../turn-text';

/** Every turn with its one verdict and reasons, the client's answer, and at a weak turn the case's strongest option. */
export function Timeline({ report, scenario }: { report: Report; scenario: Scenario }) {
  return (
    <>
      <h2>{NL.timelineHeading}</h2>
      <ol className="timeline">
        {report.turns.map((t) => (
          <li key={t.n} className={`v-${t.verdict}`}>
            <p className="t-head">
              <strong>{NL.turn(t.n)}</strong> · <span className={`verdict v-${t.verdict}`}>{NL.verdict[t.verdict]}</span>
              {t.move && <span className="small"> · {NL.readAs(MOVE_LABELS[t.move])}</span>}
              {t.form && <span className="small"> · {NL.readAsForm(FORM_LABELS[t.form])}</span>}
            </p>
            <p>{NL.you}: {t.text}</p>
            {t.kind === 'move' && <p className="small">{t.optionText ? <>{NL.takenAs}: <q>{t.optionText}</q></> : NL.answeredFreely}</p>}
            {t.reply && spokenParts(scenario, t.reply).map((part, i) => (
              <p key={i} className="reply">{part.speaker ?? scenario.client.name}: {part.text}</p>
            ))}
            {t.feedback && <p className="feedback"><strong>{NL.feedback}:</strong> {t.feedback}</p>}
            {t.reasons.length > 0 && (
              <ul className="reasons">
                {t.reasons.map((r, i) => <li key={i}>{underTurn(r, t.n)}</li>)}
              </ul>
            )}
            {t.example && <p className="example"><strong>{NL.example}:</strong> <q>{t.example}</q></p>}
          </li>
        ))}
      </ol>
    </>
  );
}
