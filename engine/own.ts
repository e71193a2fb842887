/**
 * The value stored under an id, own properties only: an id such as `constructor`, `toString` or
 * `__proto__` names nothing unless the record really holds it.
 */
export function own<T>(record: Readonly<Record<string, T>> | undefined | null, id: string | null | undefined): T | undefined {
  if (record == null || id == null || !Object.hasOwn(record, id)) return undefined;
  return record[id];
}
