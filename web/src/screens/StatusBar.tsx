import { NL, moodIndex } from '../messages';
import { PHASES } from '../transcript';


/** Phase, the client's mood (in words, not colour alone) and the turn number. */
export function StatusBar({ phase, trust, turn }: { phase: string; trust: number; turn: number }) {
  const mood = moodIndex(trust);
  return (
    <div className="status">
      <nav aria-label={NL.phase}>
        <ol className="phases">
          {PHASES.map((p) => (
            <li key={p} aria-current={p === phase ? 'step' : undefined} className={p === phase ? 'now' : undefined}>
              {NL.phases[p]}
            </li>
          ))}
        </ol>
      </nav>
      <p className={`mood mood-${mood}`}>
        <span className="meter" aria-hidden="true">{'●'.repeat(mood + 1)}{'○'.repeat(3 - mood)} </span>
        {NL.mood}: <strong>{NL.moods[mood]}</strong> <span className="small">({NL.moodHint(trust)})</span>
      </p>
      <p className="turn">{NL.turn(turn)}</p>
    </div>
  );
}
