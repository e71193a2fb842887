import { z } from 'zod';

// Several people can share a laptop in a training room: each picks or adds their name, and their
// run and history are kept under keys of their own (store.ts, storeKeys). No name: the device's
// shared history, as before names existed. Names stay on this device; nothing is sent.

const LEARNERS_KEY = 'kanteltrainer.learners.v1';
const MAX_NAME = 60;

const learnerSchema = z.object({ id: z.string().regex(/^[a-z0-9-]{1,40}$/), name: z.string().min(1).max(MAX_NAME) });
const registrySchema = z.object({ current: z.string().nullable(), learners: z.array(learnerSchema).max(500) });

export type Learner = z.infer<typeof learnerSchema>;
export type Registry = z.infer<typeof registrySchema>;

const EMPTY: Registry = { current: null, learners: [] };

/** The learners on this device; an unreadable list counts as none (the runs under their keys stay). */
export function readRegistry(storage: Storage | null): Registry {
  let raw: string | null = null;
  try {
    raw = storage?.getItem(LEARNERS_KEY) ?? null;
  } catch {
    return EMPTY;
  }
  if (raw === null) return EMPTY;
  try {
    const parsed = registrySchema.safeParse(JSON.parse(raw));
    if (!parsed.success) return EMPTY;
    const { learners, current } = parsed.data;
    return { learners, current: learners.some((l) => l.id === current) ? current : null };
  } catch {
    return EMPTY;
  }
}

/** false when the storage refused it (full, or switched off): the choice then holds for this visit only. */
export function writeRegistry(storage: Storage | null, registry: Registry): boolean {
  if (!storage) return false;
  try {
    storage.setItem(LEARNERS_KEY, JSON.stringify(registry));
    return true;
  } catch {
    return false;
  }
}

/** A name as typed, tidied: control characters out, spaces folded, at most 60 characters; '' when nothing is left. */
export function cleanName(typed: string): string {
  // eslint-disable-next-line no-control-regex
  return typed.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, MAX_NAME);
}

/**
 * Adds a learner (or picks the one with that name, ignoring case) and makes them current.
 * `newId` is passed in so tests need no randomness.
 */
export function addLearner(registry: Registry, typed: string, newId: () => string): Registry {
  const name = cleanName(typed);
  if (!name) return registry;
  const known = registry.learners.find((l) => l.name.toLocaleLowerCase('nl') === name.toLocaleLowerCase('nl'));
  if (known) return { ...registry, current: known.id };
  let id = newId();
  while (registry.learners.some((l) => l.id === id)) id = newId();
  return { current: id, learners: [...registry.learners, { id, name }] };
}

export function selectLearner(registry: Registry, id: string | null): Registry {
  return { ...registry, current: id !== null && registry.learners.some((l) => l.id === id) ? id : null };
}

export function learnerName(registry: Registry): string | null {
  return registry.learners.find((l) => l.id === registry.current)?.name ?? null;
}

/** A short random id for keys (not a secret): letters and digits. */
export function randomLearnerId(): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A run id: a UUID (the xAPI registration and the key that merges imported runs). */
export function newRunId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = new Uint8Array(16);
  crypto.getRandomValues(b);
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
