import { Text, useApp, useInput, useStdin } from 'ink';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { CommandResult } from '../commands/result';
import { toKeys, type Key } from './keys';
import { MenuScreen } from './MenuScreen';
import type { CaseSummary } from './model';
import type { Session } from './session';

interface Props {
  /** The quickly read case list, shown while the rest of the trainer loads. */
  cases: CaseSummary[];
  load: () => Promise<Session | CommandResult>;
  onFailed: (result: CommandResult) => void;
}

/**
 * Draws the menu at once and loads the engine behind it. Boot owns the keyboard throughout:
 * keys pressed before the trainer is ready move the pointer here and wait in a queue; after
 * that they go straight to the trainer. One listener, so no key falls in between.
 */
export function Boot({ cases, load, onFailed }: Props) {
  const [session, setSession] = useState<Session | null>(null);
  const [cursor, setCursor] = useState(0);
  const sink = useRef<((keys: Key[]) => void) | null>(null);
  const link = useMemo(() => ({ sink, queue: [] as Key[] }), []);
  const { exit } = useApp();
  const { isRawModeSupported } = useStdin();

  useEffect(() => {
    let alive = true;
    load().then(
      (result) => {
        if (!alive) return;
        if ('code' in result) {
          onFailed(result);
          exit();
        } else setSession(result);
      },
      (error: unknown) => {
        onFailed({ code: 1, stdout: [], stderr: [String(error)] });
        exit();
      },
    );
    return () => {
      alive = false;
    };
  }, [load, onFailed, exit]);

  useInput(
    (input, key) => {
      const keys = toKeys(input, key);
      if (sink.current) return sink.current(keys);
      link.queue.push(...keys);
      for (const k of keys) {
        if (k.type === 'up') setCursor((c) => (c - 1 + cases.length) % Math.max(1, cases.length));
        if (k.type === 'down') setCursor((c) => (c + 1) % Math.max(1, cases.length));
        if (k.type === 'char' && /^[1-9]$/.test(k.char) && Number(k.char) <= cases.length) setCursor(Number(k.char) - 1);
      }
    },
    { isActive: isRawModeSupported === true },
  );

  if (!session) return cases.length > 0 ? <MenuScreen cases={cases} cursor={cursor} notice={null} /> : <Text>Kanteltrainer wordt geladen…</Text>;
  const { App, model, deps, effects } = session;
  return <App initial={model} deps={deps} effects={effects} input={link} />;
}
