import { useState } from 'react';
import { NL_ROOM } from './messages';
import type { RoomSession } from './session';
import { useRoomForm } from './use-room-form';

interface Props {
  /** The code from the link the participant followed, if any. */
  code: string;
  onJoined(session: RoomSession): void;
}

interface Joined {
  roomId: string;
  participantId: string;
  token: string;
  name: string;
  seed: number;
  caseId: string;
}

export function Join({ code: linked, onJoined }: Props) {
  const [code, setCode] = useState(linked);
  const [name, setName] = useState('');
  const { error, busy, heading, onSubmit } = useRoomForm<Joined>('/api/rooms/join', () => ({ code, name }), (j) =>
    onJoined({ roomId: j.roomId, participantId: j.participantId, token: j.token, name: j.name, seed: j.seed, caseId: j.caseId, code: code.toUpperCase().replace(/[\s-]/g, '') }),
  );

  return (
    <section aria-labelledby="join-title" className="room">
      <h1 id="join-title" ref={heading} tabIndex={-1}>{NL_ROOM.joinTitle}</h1>
      <p className="intro">{NL_ROOM.joinIntro}</p>
      <form onSubmit={onSubmit} className="room-form">
        <label htmlFor="room-code">{NL_ROOM.code}</label>
        <input id="room-code" value={code} onChange={(e) => setCode(e.target.value)} autoComplete="off" autoCapitalize="characters" spellCheck={false} maxLength={12} required />
        <label htmlFor="room-name">{NL_ROOM.name}</label>
        <input id="room-name" value={name} onChange={(e) => setName(e.target.value)} aria-describedby="room-name-hint" maxLength={40} required />
        <p id="room-name-hint" className="small">{NL_ROOM.nameHint}</p>
        {error && <p className="alert" role="alert">{error}</p>}
        <button type="submit" className="primary" disabled={busy}>{busy ? NL_ROOM.joining : NL_ROOM.join}</button>
      </form>
      <p className="small"><a href="#/ruimte/nieuw">{NL_ROOM.lead}</a> · <a href="#/">{NL_ROOM.back}</a></p>
    </section>
  );
}
