import { useEffect, useRef, useState, type FormEvent } from 'react';
import { CASES } from 'virtual:kantel/cases';
import { roomCall } from './api';
import { NL_ROOM } from './messages';

interface Created {
  roomId: string;
  code: string;
  token: string;
}

export function Create({ onCreated }: { onCreated(roomId: string, token: string): void }) {
  const [caseId, setCaseId] = useState(CASES[0]?.id ?? '');
  const [mode, setMode] = useState<'self' | 'paced'>('self');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const answer = await roomCall<Created>('POST', '/api/rooms', undefined, { caseId, mode });
    setBusy(false);
    if (!answer.ok) return setError(answer.status === 0 ? NL_ROOM.unreachable : answer.error);
    onCreated(answer.value.roomId, answer.value.token);
  };

  return (
    <section aria-labelledby="create-title" className="room">
      <h1 id="create-title" ref={heading} tabIndex={-1}>{NL_ROOM.createTitle}</h1>
      <p className="intro">{NL_ROOM.createIntro}</p>
      <form onSubmit={(e) => void submit(e)} className="room-form">
        <label htmlFor="room-case">{NL_ROOM.caseLabel}</label>
        <select id="room-case" value={caseId} onChange={(e) => setCaseId(e.target.value)}>
          {CASES.map((c) => <option key={c.id} value={c.id}>{c.title}</option>)}
        </select>
        <fieldset>
          <legend>{NL_ROOM.modeLabel}</legend>
          <label><input type="radio" name="mode" checked={mode === 'self'} onChange={() => setMode('self')} /> {NL_ROOM.modeSelf}</label>
          <label><input type="radio" name="mode" checked={mode === 'paced'} onChange={() => setMode('paced')} /> {NL_ROOM.modePaced}</label>
        </fieldset>
        {error && <p className="alert" role="alert">{error}</p>}
        <button type="submit" className="primary" disabled={busy || !caseId}>{NL_ROOM.create}</button>
      </form>
      <p className="small"><a href="#/ruimte">{NL_ROOM.joinTitle}</a> · <a href="#/">{NL_ROOM.back}</a></p>
    </section>
  );
}
