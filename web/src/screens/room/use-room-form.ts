import { useEffect, useRef, useState, type FormEvent } from 'react';
import { roomCall } from './api';
import { NL_ROOM } from './messages';

/**
 * A room form (create, join): the heading takes focus when it opens, the form posts once at a time,
 * and a refusal or a server out of reach is shown in Dutch; only an answer that went through is passed on.
 */
export function useRoomForm<T>(path: string, body: () => unknown, done: (answer: T) => void) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const answer = await roomCall<T>('POST', path, undefined, body());
    setBusy(false);
    if (!answer.ok) return setError(answer.status === 0 ? NL_ROOM.unreachable : answer.error);
    done(answer.value);
  };
  return { error, busy, heading, onSubmit: (e: FormEvent) => void submit(e) };
}
