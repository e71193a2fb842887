import { FORM_LABELS, type Form, type Report } from '../engine';
import { NL } from '../messages';

/** The conversation-skill panel: forms counted, and the MITI 4.2.1 measures with their thresholds. */
export function Skills({ skills }: { skills: Report['skills'] }) {
  const counted = (Object.entries(skills.counts) as [Form, number][]).filter(([, n]) => n > 0);
  return (
    <section aria-labelledby="skills-title" className="skills">
      <h2 id="skills-title">{NL.skillsHeading}</h2>
      <p className="small">{NL.skillsIntro}</p>
      <table>
        <caption className="sr-only">{NL.skillsHeading}</caption>
        <thead>
          <tr><th scope="col">{NL.skillsMeasure}</th><th scope="col">{NL.skillsValue}</th><th scope="col">{NL.skillsFair}</th><th scope="col">{NL.skillsGood}</th><th scope="col">{NL.skillsLevel}</th></tr>
        </thead>
        <tbody>
          {skills.measures.map((m) => (
            <tr key={m.id}><th scope="row">{m.label}</th><td>{m.shown}</td><td>{m.fair}</td><td>{m.good}</td><td>{m.level}</td></tr>
          ))}
        </tbody>
      </table>
      <p className="small">{counted.map(([f, n]) => `${FORM_LABELS[f]}: ${n}`).join(' · ')}</p>
      <p className="small">{skills.note}</p>
      {skills.examples.length > 0 && (
        // On paper the timeline holds these sentences already.
        <div className="no-print">
          <h3>{NL.skillsExamples}</h3>
          <ul>
            {skills.examples.map((e) => (
              <li key={e.turn}>{NL.turn(e.turn)} ({FORM_LABELS[e.form]}): <q>{e.text}</q></li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
