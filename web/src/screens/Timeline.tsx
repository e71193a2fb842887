import { FORM_LABELS, MOVE_LABELS, spokenParts, type Glossary, type Report, type Scenario } from '../engine';
import { markAll, TermNotes, TermText } from './Terms';
import { NL } from '../messages';
import { underTurn } from '../turn-text';

/** Every turn with its one verdict and reasons, the client's answer, and at a weak turn the case's strongest option. */
/** `glossary`: terms in the feedback are marked and explained the first time they appear (after the story's own, in `seen`). */
export function Timeline({ report, scenario, glossary = {}, before = [] }: { report: Report; scenario: Scenario; glossary?: Glossary; before?: readonly string[] }) {
  const marked = markAll([...before, ...report.turns.map((t) => t.feedback ?? '')], glossary).slice(before.length);
  return (
    <>
      <h2>{NL.timelineHeading}</h2>
      <ol className="timeline">
        {report.turns.map((t, n) => (
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
            {t.feedback && <p className="feedback"><strong>{NL.feedback}:</strong> <TermText marked={marked[n]!} glossary={glossary} /></p>}
            {t.feedback && <TermNotes ids={marked[n]!.fresh} glossary={glossary} />}
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
