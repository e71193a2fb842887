import { z } from 'zod';

// The files loaded on "Vergelijken", kept for this browser tab only (sessionStorage): a reload
// keeps the comparison, closing the tab forgets the group's runs. Read back as untrusted data;
// the engine checks every file again when the comparison is made.

const KEY = 'kanteltrainer.compare.v1';

const entrySchema = z.object({ source: z.string().max(500), text: z.string().max(5_000_000) });
const sessionSchema = z.object({ inputs: z.array(entrySchema).max(500), refused: z.array(z.object({ source: z.string().max(500), reason: z.string().max(2000) })).max(500) });

export type CompareSession = z.infer<typeof sessionSchema>;

const EMPTY: CompareSession = { inputs: [], refused: [] };

export function readCompareSession(storage: Storage | null = sessionStore()): CompareSession {
  try {
    const raw = storage?.getItem(KEY);
    if (!raw) return EMPTY;
    const parsed = sessionSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : EMPTY;
  } catch {
    return EMPTY;
  }
}

/** false when the tab's storage refused it (full or off): the comparison then lasts until a reload. */
export function writeCompareSession(session: CompareSession, storage: Storage | null = sessionStore()): boolean {
  if (!storage) return false;
  try {
    if (session.inputs.length === 0 && session.refused.length === 0) storage.removeItem(KEY);
    else storage.setItem(KEY, JSON.stringify(session));
    return true;
  } catch {
    return false;
  }
}

function sessionStore(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}
