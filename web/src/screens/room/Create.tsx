import { useState } from 'react';
import { CASES } from 'virtual:kantel/cases';
import { NL_ROOM } from './messages';
import { useRoomForm } from './use-room-form';

interface Created {
  roomId: string;
  code: string;
  token: string;
}

export function Create({ onCreated }: { onCreated(roomId: string, token: string): void }) {
  const [caseId, setCaseId] = useState(CASES[0]?.id ?? '');
  const [mode, setMode] = useState<'self' | 'paced'>('self');
  const { error, busy, heading, onSubmit } = useRoomForm<Created>('/api/rooms', () => ({ caseId, mode }), (created) => onCreated(created.roomId, created.token));

  return (
    <section aria-labelledby="create-title" className="room">
      <h1 id="create-title" ref={heading} tabIndex={-1}>{NL_ROOM.createTitle}</h1>
      <p className="intro">{NL_ROOM.createIntro}</p>
      <form onSubmit={onSubmit} className="room-form">
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
