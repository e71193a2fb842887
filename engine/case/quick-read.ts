import { CORE_SCHEMA, load } from 'js-yaml';

/** More nodes than any hand-written case has; past this, aliases are being used to blow the data up. */
const MAX_NODES = 200_000;

/**
 * A fast read of a case file that knows nothing about lines and columns. Most files are valid,
 * and a valid file needs no positions, so this runs first (several times faster than the
 * position-keeping parser); whenever it refuses or the result fails validation, the caller
 * reads the file again with positions to say exactly where the problem is. Returns undefined
 * for anything it will not vouch for: syntax errors, tags, duplicate keys, several documents,
 * or aliases that expand into more data than a case can hold.
 */
export function quickRead(text: string): unknown {
  let data: unknown;
  try {
    data = load(text, { schema: CORE_SCHEMA, json: false });
  } catch {
    return undefined;
  }
  return withinSize(data) ? data : undefined;
}

function withinSize(data: unknown): boolean {
  let nodes = 0;
  const stack: unknown[] = [data];
  while (stack.length > 0) {
    const node = stack.pop();
    if (++nodes > MAX_NODES) return false;
    if (Array.isArray(node)) stack.push(...node);
    else if (node !== null && typeof node === 'object') stack.push(...Object.values(node));
  }
  return true;
}
