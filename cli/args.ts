import { parseArgs, type ParseArgsConfig } from 'node:util';

// node:util's parseArgs speaks English ("Unknown option '--out'…"); a trainer sees only Dutch.

type Parsed<T extends ParseArgsConfig> = ReturnType<typeof parseArgs<T>>;

/** The arguments parsed, or one Dutch sentence that says what is wrong with them. */
export function parseDutch<T extends ParseArgsConfig>(config: T): { ok: true; parsed: Parsed<T> } | { ok: false; message: string } {
  try {
    return { ok: true, parsed: parseArgs(config) };
  } catch (e) {
    return { ok: false, message: dutchArgumentError(e) };
  }
}

export function dutchArgumentError(e: unknown): string {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
  const text = e instanceof Error ? e.message : String(e);
  const name = /'(-{1,2}[^' <]+)/.exec(text)?.[1] ?? '';
  const quoted = /'([^']*)'/.exec(text)?.[1] ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `Onbekende optie ${name || quoted}. Kijk met --help welke opties er zijn.`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (/argument missing/.test(text)) return `Na ${name} hoort een waarde, bijvoorbeeld ${name} <waarde>.`;
      if (/does not take an argument/.test(text)) return `${name} neemt geen waarde; laat "=…" weg.`;
      return `Ongeldige waarde bij ${name}.`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `Deze opdracht verwacht niets meer na de opties, maar kreeg "${quoted}".`;
    default:
      return 'De opdracht kon niet gelezen worden. Kijk met --help hoe hij werkt.';
  }
}
