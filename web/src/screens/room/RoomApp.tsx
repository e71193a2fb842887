import { useMemo, useState } from 'react';
import { safeStorage } from '../../store';
import { Create } from './Create';
import { Host } from './Host';
import { Join } from './Join';
import { Play } from './Play';
import { readSession, writeSession, type RoomSession } from './session';

/**
 * The group room's screens, by address: #/ruimte (join, or play on when this device is in a
 * room), #/ruimte/<code> (join with the code filled in), #/ruimte/nieuw (open a room) and
 * #/ruimte/leiden/<room>/<token> (the facilitator's view; the token never leaves the fragment).
 */
export function RoomApp({ hash }: { hash: string }) {
  const storage = useMemo(() => safeStorage(), []);
  const [session, setSession] = useState<RoomSession | null>(() => readSession(storage));
  const [message, setMessage] = useState<string | null>(null);

  const host = /^#\/ruimte\/leiden\/([A-Za-z0-9_-]{16})\/([A-Za-z0-9_-]{16,64})$/.exec(hash);
  if (host) return <Host key={host[1]} roomId={host[1]!} token={host[2]!} />;
  if (hash === '#/ruimte/nieuw') {
    return <Create onCreated={(roomId, token) => (location.hash = `#/ruimte/leiden/${roomId}/${token}`)} />;
  }
  const linked = /^#\/ruimte\/([A-Za-z0-9-]{4,12})$/.exec(hash)?.[1] ?? '';
  // A link to another room than the one this device plays in: join that one.
  if (session && (!linked || linked.toUpperCase().replace(/-/g, '') === session.code)) {
    return (
      <Play
        key={session.participantId}
        session={session}
        onEnded={(text) => {
          writeSession(storage, null);
          setSession(null);
          setMessage(text);
        }}
      />
    );
  }
  return (
    <>
      {message && <p className="notice" role="status">{message}</p>}
      <Join
        code={linked}
        onJoined={(s) => {
          writeSession(storage, s);
          setMessage(null);
          setSession(s);
        }}
      />
    </>
  );
}
