import { OPENING_STATUS_LABELS, type Report } from '../engine';
import { NL } from '../messages';

/** How the conversation was opened: introduction, purpose, consent, and the rights owed before the onderzoek. */
export function Opening({ opening }: { opening: NonNullable<Report['opening']> }) {
  return (
    <section aria-labelledby="opening-title" className="opening">
      <h2 id="opening-title">{NL.openingHeading}</h2>
      <p className="small">{NL.openingIntro}</p>
      <ul className="opening-elements">
        {opening.elements.map((e) => (
          <li key={e.id} className={`opening-${e.status}`}>
            {e.label}: <strong>{OPENING_STATUS_LABELS[e.status]}</strong>
            {e.turn !== null && ` (${NL.turn(e.turn)})`}
          </li>
        ))}
      </ul>
    </section>
  );
}
