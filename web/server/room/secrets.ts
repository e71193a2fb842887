import { createHash, randomBytes, randomInt } from 'node:crypto';

// Room codes are typed by people: no 0/O or 1/I/L. Eight of 31 signs is about 40 bits, enough
// with the join rate limit that guessing one within a room's life is hopeless.
const CODE_SIGNS = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 8;

export function newCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_SIGNS[randomInt(CODE_SIGNS.length)];
  return code;
}

/** What someone typed as a code, as stored: capitals, without spaces or dashes. */
export function normaliseCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}

export const newToken = (): string => randomBytes(24).toString('base64url');
export const newId = (): string => randomBytes(12).toString('base64url');
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');
/** A run's seed: within what the engine's state schema accepts as an integer. */
export const newSeed = (): number => randomInt(1, 2 ** 31 - 1);
