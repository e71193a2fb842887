import { render, renderToString } from 'ink';
import type { CommandResult } from '../commands/result';
import { parseDutch } from '../args';
import { participantName } from '../participant-name';
import type { ModelMode } from '../../node/model/mode';
import { Boot } from './Boot';
import { NL } from './messages';
import { quickCaseSummaries } from './quick-cases';
import { MenuScreen } from './MenuScreen';
import { storeFrame, wipePainted } from './frame-cache';
import { frames } from './frame-height';
import type { SaveTrouble } from './session';

// The light half of the trainer: arguments, the terminal check and the first frame. The engine
// and the rest load in the background (./session), so the menu is on screen fast.

export const INTERACTIVE_HELP = `kanteltrainer play [casus] [--resume <gespreksbestand>] [--out <map>] [--naam <naam>] [--model]

Opent de trainer in de terminal. Zonder casus kies je er eerst een uit het menu.
Na elke beurt wordt het gesprek bewaard in een eigen gespreksbestand (<casus>-<datum>-<tijd>.json)
in de map runs/ (vanuit de map waar je de trainer start), of in de map na --out. Lukt opslaan daar
niet (er staat een bestand met die naam, de schijf is vol, geen toestemming), dan speel je gewoon
door: de trainer zegt wat er misging en bewaart het gesprek in kanteltrainer-runs in je thuismap
(lukt ook dat niet: in de tijdelijke map van het systeem), en zegt waar het staat.
Met --resume speel je een bewaard gesprek verder. Het menu toont per casus je beste en laatste
score uit die map, en je gesprekken die nog niet af zijn: een letter (a, b, …) speelt er een verder.
Met --naam "Sanne" staat je naam in het gespreksbestand, zodat compare je gesprek bij je naam noemt.
Toetsen: ↑↓ of cijfers kiezen, Enter
bevestigt, Tab wisselt naar zelf typen, ? geeft hulp, q stopt.
Met --model (en OPENAI_API_KEY, eventueel OPENAI_BASE_URL en KANTELTRAINER_MODEL) leest een
taalmodel je getypte zinnen en verwoordt het de antwoorden van de cliënt; lukt dat niet, dan
antwoordt de trainer offline en zie je waarom. De scores komen altijd van de casus zelf.`;

interface PlayOptions {
  /** When the run started; passed in so file names do not depend on a hidden clock. */
  now?: Date;
  isTTY?: boolean;
  /** Lines of a cached menu frame already on screen (see frame-cache.ts); wiped before Ink draws. */
  painted?: number;
}

/** Interactive play: checks the arguments and the terminal, then runs the Ink trainer until the trainee stops. */
export async function playInteractive(args: string[], options: PlayOptions = {}): Promise<CommandResult> {
  const checked = parseDutch({
    args, allowPositionals: true,
    options: { resume: { type: 'string' }, out: { type: 'string' }, naam: { type: 'string' }, model: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (!checked.ok) return { code: 1, stdout: [], stderr: [checked.message, '', INTERACTIVE_HELP] };
  const parsed = checked.parsed;
  if (parsed.values.help) return { code: 0, stdout: [INTERACTIVE_HELP], stderr: [] };
  const name = parsed.values.naam === undefined ? undefined : participantName(parsed.values.naam);
  if (name && !name.ok) return { code: 1, stdout: [], stderr: [name.message] };
  const alias = name?.ok ? name.name : undefined;
  if (!(options.isTTY ?? process.stdin.isTTY)) return { code: 2, stdout: [], stderr: [NL.notATerminal] };
  // Closing the trainer aborts whatever the model is still doing, so nothing keeps the process waiting.
  const stop = new AbortController();
  let model: ModelMode | null = null;
  if (parsed.values.model) {
    // Loaded only with --model, so an offline start never loads the openai package.
    const { modelModeFromEnv } = await import('../../node/model');
    model = modelModeFromEnv(process.env, { stop: stop.signal });
    if (!model) return { code: 1, stdout: [], stderr: [NL.modelNeedsKey] };
  }

  if (process.stdin.isTTY) process.stdin.setRawMode(true); // no echo of keys typed while loading
  const id = parsed.positionals[0];
  const { resume } = parsed.values;
  const out = parsed.values.out ?? 'runs';
  const now = options.now ?? new Date();
  const saved = new Map<string, boolean>(); // run file → finished?
  const trouble = new Map<string, SaveTrouble>(); // run file → the folder that failed it, and why
  let failed: CommandResult | undefined;
  const cases = quickCaseSummaries();
  const load = () => import('./session').then((s) => s.prepareSession({ id, resume, outDir: out, now, saved, cases, model, trouble, ...(alias ? { alias } : {}) }));
  // A named case or a resumed run opens on the conversation, so check it before drawing anything.
  const early = id || resume ? await load() : undefined;
  if (early && 'code' in early) return early;
  wipePainted(process.stdout, options.painted ?? 0);
  const instance = render(
    <Boot cases={early ? [] : cases} load={early ? () => Promise.resolve(early) : load} onFailed={(r) => (failed = r)} />,
    { exitOnCtrlC: false },
  );
  if (!early && !options.painted) rememberMenuFrame(cases); // a painted frame came from a valid cache
  await instance.waitUntilExit();
  stop.abort();
  // After a frame as tall as the terminal Ink may leave the cursor at the end of the last line (see
  // frame-height.ts): end that line, or "Je gesprek is bewaard in …" is glued onto the debrief.
  // Always a blank line between the last screen and the closing lines, whatever Ink left the cursor on.
  if (process.stdout.isTTY) process.stdout.write(frames.tallest >= (process.stdout.rows ?? Number.POSITIVE_INFINITY) ? '\n\n' : '\n');
  if (failed) return failed;
  // Turns no folder would take are gone once the trainer closes: say so, and end with an error code.
  const lost = [...trouble.values()].filter((t) => t.lost).map((t) => NL.lostLine(t.folder, t.why));
  return { code: lost.length > 0 ? 1 : 0, stdout: savedLines(saved, trouble), stderr: lost };
}

function savedLines(saved: Map<string, boolean>, trouble: Map<string, SaveTrouble>): string[] {
  const kept = [...saved].filter(([path]) => !trouble.get(path)?.lost);
  if (kept.length === 0) return trouble.size > 0 ? [] : [NL.nothingSaved];
  const lines = kept.flatMap(([path]) => {
    const moved = trouble.get(path);
    const line = NL.savedLine(relativeToCwd(path));
    return moved ? [NL.savedElsewhereLine(moved.folder, moved.why), line] : [line];
  });
  const open = kept.filter(([, finished]) => !finished).map(([path]) => relativeToCwd(path));
  return open.length > 0 ? [...lines, NL.resumeLine(open.at(-1)!)] : lines;
}

function relativeToCwd(path: string): string {
  const cwd = process.cwd();
  return path.startsWith(`${cwd}/`) ? path.slice(cwd.length + 1) : path;
}

/** Ink's rendering of the menu, kept so the next start can paint it before Ink has loaded. */
function rememberMenuFrame(cases: Parameters<typeof MenuScreen>[0]['cases']): void {
  const { columns, rows } = process.stdout;
  if (!process.stdout.isTTY || !columns || !rows) return;
  setTimeout(() => storeFrame(columns, rows, renderToString(<MenuScreen cases={cases} cursor={0} notice={null} />, { columns })), 50).unref();
}
