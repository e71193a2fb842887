import { useState } from 'react';
import type { Registry } from './learners';
import { NL_PROGRESS } from './messages';

interface Props {
  registry: Registry;
  /** The name could not be kept on the device. */
  notKept: boolean;
  onSelect(id: string | null): void;
  onAdd(name: string): void;
}

/** Pick or add a name, so several learners can share one device and each keep their own history. */
export function LearnerPicker({ registry, notKept, onSelect, onAdd }: Props) {
  const [typed, setTyped] = useState('');
  const current = registry.learners.find((l) => l.id === registry.current)?.name ?? null;
  return (
    <section className="learner" aria-labelledby="learner-title">
      <h2 id="learner-title">{NL_PROGRESS.learnerHeading}</h2>
      <div className="learner-row">
        <label>
          {NL_PROGRESS.learnerLabel}{' '}
          <select value={registry.current ?? ''} onChange={(e) => onSelect(e.target.value || null)}>
            <option value="">{NL_PROGRESS.learnerShared}</option>
            {registry.learners.map((l) => <option key={l.id} value={l.id}>{l.name}</option>)}
          </select>
        </label>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (typed.trim()) onAdd(typed);
            setTyped('');
          }}
        >
          <label>
            {NL_PROGRESS.learnerNew}{' '}
            <input type="text" value={typed} maxLength={60} autoComplete="off" onChange={(e) => setTyped(e.target.value)} />
          </label>{' '}
          <button type="submit">{NL_PROGRESS.learnerAdd}</button>
        </form>
      </div>
      <p className="small" role="status">{NL_PROGRESS.learnerNow(current)}</p>
      {notKept && <p className="alert" role="alert">{NL_PROGRESS.learnerNotKept}</p>}
    </section>
  );
}
