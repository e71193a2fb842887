import { printResult } from './print-result';
import { findCase } from '../node/case-files';
import { CLASSIFY_HELP, classifyStdin, classifyText } from './commands/classify';
import { playScript, playScriptWithModel } from './commands/play-script';
import type { CommandResult } from './commands/result';
import { SCHEMA_HELP, writeSchema } from './commands/schema';
import { GLOSSARY_HELP, glossaryCommand } from './commands/glossary';
import { parseDutch } from './args';
import { participantName } from './participant-name';
import { validate, VALIDATE_HELP } from './commands/validate';
import { LINT_HELP, lintCommand } from './commands/lint';
import { GRAPH_HELP, graphCommand } from './commands/graph';
import { COMPARE_HELP, compareCommand } from './commands/compare';
import { runDemo } from './commands/demo';
import { SCORM_HELP, scormCommand } from './commands/scorm';
import { understandOffline } from '../node/understand';
import { readFileSync } from 'node:fs';
import { formatIssue, readVerslagFile, reviewVerslag, type RunState, type Scenario, type WrittenVerslag } from '../engine';
import { formatVerslagReview } from './verslag-text';
import { runPathMaker, saveFailureReason, saveRun } from './tui/run-store';
import { NL } from './tui/messages';

const HELP = `Kanteltrainer: oefenen met het gekantelde keukentafelgesprek.

Gebruik:
  kanteltrainer validate [bestanden of mappen…]   casussen controleren (standaard scenarios/)
  kanteltrainer lint [bestanden of mappen…]       zwakke plekken in casussen zoeken
  kanteltrainer graph <casus>                      de casus als Mermaid-stroomschema
  kanteltrainer compare <gespreksbestanden…> [--anoniem] [--csv <bestand>]
                                                   gesprekken van een groep per beslismoment vergelijken
  kanteltrainer scorm <casussen…> --out <pakket.zip> [--slaag <cijfer>]
                                                   SCORM 1.2-pakket voor een leerplatform (Moodle e.a.)
  kanteltrainer play [casus] [--resume <bestand>] [--out <map>] [--naam <naam>] [--model]
                                                   oefenen in de terminal (menu als je geen casus noemt)
  kanteltrainer play <casus> --script <bestand> [--verslag <bestand>] [--json] [--out <map>] [--naam <naam>]
                                                   een gesprek afspelen vanuit een script
  kanteltrainer start                              het menu openen (zonder terminal: een voorbeeldgesprek)
  kanteltrainer classify ["tekst"]                 een zin lezen (of stdin, één per regel): vorm en gespreksstap
  kanteltrainer begrippen [zoekwoord]              korte uitleg bij begrippen als voorliggend, LSD, ANNA
  kanteltrainer schema                             scenarios/case.schema.json opnieuw maken
  kanteltrainer help [opdracht]                    deze hulp

Een script heeft één beurt per regel: #N kiest optie N, /afronden rondt het gesprek af,
regels die met // beginnen worden overgeslagen, andere regels zijn vrije tekst.
Na npm ci staat het commando kanteltrainer niet in je PATH: typ dan npm run --silent cli -- <opdracht>,
bijvoorbeeld npm run --silent cli -- help play.`;

const PLAY_HELP = `kanteltrainer play [casus] [--resume <gespreksbestand>] [--out <map>] [--naam <naam>] [--model]

Opent de trainer in de terminal (zie hieronder voor afspelen zonder terminal). Met --model
verwoordt een taalmodel de cliënt en leest het je getypte zinnen (zie --model hieronder).

Na elke beurt wordt het gesprek bewaard in een eigen gespreksbestand (<casus>-<datum>-<tijd>.json)
in de map runs/ (vanuit de map waar je de trainer start), of in de map na --out. Lukt opslaan daar
niet (er staat een bestand met die naam, de schijf is vol, geen toestemming), dan speel je gewoon
door: de trainer zegt wat er misging en bewaart het gesprek in kanteltrainer-runs in je thuismap
(lukt ook dat niet: in de tijdelijke map van het systeem), en zegt waar het staat.
Met --resume <gespreksbestand> speel je een bewaard gesprek verder. Met --naam "Sanne" staat je naam in het
gespreksbestand, zodat compare je gesprek bij je naam noemt.

kanteltrainer play <casus> --script <bestand> [--verslag <bestand>] [--json] [--model] [--seed N] [--as-shown] [--out <map>] [--naam <naam>]

Speelt een gesprek af zonder interactie. Elke niet-lege regel van het script is één beurt:
  #N          kies optie N bij het huidige beslismoment: de N-de optie in het casusbestand
              (met --as-shown: de N-de optie zoals de trainee ze op het scherm ziet)
  /afronden   rond het gesprek af
  // …        commentaar
  andere tekst  wat je zegt; de trainer leest er de vorm en de gespreksstap in en zoekt de optie
              die hetzelfde zegt
Het afspelen stopt bij een einde; ongebruikte regels worden op stderr gemeld. Getypte
tekst rondt het gesprek nooit af, ook niet als hij een afsluitende optie zegt: zet /afronden
op de laatste regel. Is het script op terwijl het gesprek nog loopt, dan staat dat op stderr.
Met --json komt er één JSON-rapport op stdout, anders een leesbare nabespreking.
Met --out <map> wordt het gesprek ook bewaard als gespreksbestand in die map (zoals de trainer dat doet),
bijvoorbeeld om voorbeeldgesprekken te maken voor compare; met --naam <naam> staat er een naam in.
Met --seed N speel je het gesprek met zaadgetal N (standaard 0): dat bepaalt de volgorde waarin de
opties getoond worden en welk terugvalantwoord de cliënt kiest.
Met --model (en OPENAI_API_KEY, eventueel OPENAI_BASE_URL en KANTELTRAINER_MODEL) leest een
taalmodel de vrije tekst en spreekt het de antwoorden van de cliënt uit; lukt dat niet, dan
neemt de offline lezer het over en staat er een melding op stderr. Het rapport blijft van de engine.
Met --verslag <bestand> hoort er een verslag bij het gesprek, zoals de trainee dat na de nabespreking
schrijft. Het bestand is YAML met per stap een regel (hulpvraag, beperkingen, eigen_kracht, netwerk,
voorzieningen, conclusie, afspraken) en eventueel zrm: met een score van 1 tot 5 per domein, bijvoorbeeld
  hulpvraag: "Hij wil weer naar de club."
  zrm:
    sociaal_netwerk: 4
Zonder --json staat het verslag na de nabespreking, naast het voorbeeldverslag en de checklist van dit
gesprek; met --out komt het in het gespreksbestand, zodat compare het laat zien.`;

const START_HELP = `kanteltrainer start [--out <map>] [--naam <naam>] [--model]

Opent het menu van de trainer in de terminal, zoals npm start in een terminal. Zonder terminal
(bijvoorbeeld in een pijplijn) zie je een voorbeeldgesprek met nabespreking. De opties werken
als bij play (zie: kanteltrainer help play).`;

/** Each command's help, for `<opdracht> --help` and `help <opdracht>`. */
const HELPS: Record<string, string> = {
  validate: VALIDATE_HELP, lint: LINT_HELP, graph: GRAPH_HELP, compare: COMPARE_HELP, play: PLAY_HELP,
  schema: SCHEMA_HELP, begrippen: GLOSSARY_HELP, start: START_HELP, classify: CLASSIFY_HELP, scorm: SCORM_HELP, help: HELP,
};

const wantsHelp = (args: readonly string[]) => args.includes('--help') || args.includes('-h');

function run(argv: string[]): CommandResult | Promise<CommandResult> {
  const [command, ...rest] = argv;
  if (command !== undefined && Object.hasOwn(HELPS, command) && command !== 'help' && wantsHelp(rest)) return ok([HELPS[command]!]);
  switch (command) {
    case 'validate':
      return validate(rest);
    case 'lint':
      return lintCommand(rest);
    case 'graph':
      return graphCommand(rest);
    case 'scorm':
      return scormCommand(rest);
    case 'compare':
      return compareCommand(rest);
    case 'play':
      return play(rest);
    case 'schema':
      if (rest.length > 0) return { code: 1, stdout: [], stderr: [`schema neemt geen argumenten, maar kreeg "${rest.join(' ')}".`, '', SCHEMA_HELP] };
      return writeSchema();
    case 'begrippen':
      return glossaryCommand(rest);
    case 'start':
      return startCommand(rest);
    case 'classify':
      return rest.length > 0 ? classifyText(rest.join(' ')) : classifyStdin();
    case undefined:
    case '--help':
    case '-h':
      return ok([HELP]);
    case 'help': {
      const topic = rest[0];
      if (topic === undefined) return ok([HELP]);
      if (Object.hasOwn(HELPS, topic)) return ok([HELPS[topic]!]);
      return { code: 1, stdout: [], stderr: [`Er is geen opdracht "${topic}". Opdrachten: ${Object.keys(HELPS).join(', ')}.`] };
    }
    default:
      return { code: 1, stdout: [], stderr: [`Onbekende opdracht "${command}".`, '', HELP] };
  }
}

/** `npm start`: the trainer's case menu in a terminal; elsewhere the sample debrief, with a note why. */
async function startCommand(args: string[]): Promise<CommandResult> {
  const checked = parseDutch({ args, options: { out: { type: 'string' }, naam: { type: 'string' }, model: { type: 'boolean' } } });
  if (!checked.ok) return { code: 1, stdout: [], stderr: [checked.message, '', START_HELP] };
  if (process.stdin.isTTY) return (await import('./tui/play')).playInteractive(args);
  const demo = runDemo();
  return { ...demo, stdout: [NL.startNoTerminal, ...demo.stdout] };
}

async function play(args: string[]): Promise<CommandResult> {
  // Without a script the trainer is interactive; it is loaded only then, so scripted runs stay light.
  const scripted = args.some((a) => a === '--script' || a.startsWith('--script=') || a === '--json');
  if (!scripted) return (await import('./tui/play')).playInteractive(args);
  const checked = parseDutch({
    args, allowPositionals: true,
    options: {
      script: { type: 'string' }, json: { type: 'boolean' }, model: { type: 'boolean' }, seed: { type: 'string' }, 'as-shown': { type: 'boolean' },
      out: { type: 'string' }, naam: { type: 'string' }, verslag: { type: 'string' },
    },
  });
  if (!checked.ok) return { code: 1, stdout: [], stderr: [checked.message, '', PLAY_HELP] };
  const parsed = checked.parsed;
  const id = parsed.positionals[0];
  if (!id) return { code: 1, stdout: [], stderr: ['Noem de casus die je wilt spelen.', '', PLAY_HELP] };
  const found = findCase(id);
  if (!found.ok) {
    if ('unknown' in found) return { code: 1, stdout: [], stderr: [`Onbekende casus "${id}". Beschikbaar: ${found.known.join(', ')}.`] };
    return { code: 1, stdout: [], stderr: ['Deze casus bevat fouten:', ...found.issues.map(formatIssue)] };
  }
  if (!parsed.values.script) return { code: 1, stdout: [], stderr: ['Geef een scriptbestand na --script.', '', PLAY_HELP] };
  const seedText = parsed.values.seed ?? '0';
  if (!/^\d{1,9}$/.test(seedText)) return { code: 1, stdout: [], stderr: [`--seed verwacht een geheel getal van 0 tot 999999999, niet "${seedText}".`] };
  let alias: string | undefined;
  if (parsed.values.naam !== undefined) {
    const name = participantName(parsed.values.naam);
    if (!name.ok) return { code: 1, stdout: [], stderr: [name.message] };
    alias = name.name;
  }
  const verslag = parsed.values.verslag === undefined ? undefined : readVerslag(parsed.values.verslag);
  if (verslag !== undefined && !verslag.ok) return { code: 1, stdout: [], stderr: verslag.errors };
  const seed = Number(seedText);
  const asShown = parsed.values['as-shown'] === true;
  const json = parsed.values.json === true;
  const played = parsed.values.model
    ? await playWithModel(found.scenario, parsed.values.script, json, seed, asShown)
    : playScript(found.scenario, { scriptFile: parsed.values.script, json, understand: understandOffline, seed, asShown });
  const written = verslag?.verslag;
  const shown = written && !json && played.state ? { ...played, stdout: [...played.stdout, '', ...formatVerslagReview(reviewVerslag(found.scenario, played.state, written))] } : played;
  if (parsed.values.out === undefined || !('state' in played) || !played.state) return shown;
  return saveScripted(shown, found.scenario, played.state, { dir: parsed.values.out, alias, model: parsed.values.model === true, json, verslag: written });
}

/** `--verslag <bestand>`: read before anything is played, so a mistake in it costs no run. */
function readVerslag(file: string): { ok: true; verslag: WrittenVerslag } | { ok: false; errors: string[] } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { ok: false, errors: [`Verslagbestand "${file}" kan niet gelezen worden.`] };
  }
  // Seven short fields: a file this large is something else, and is not parsed.
  if (text.length > 100_000) return { ok: false, errors: [`Verslagbestand "${file}" is te groot voor een kort verslag (meer dan 100.000 tekens).`] };
  const read = readVerslagFile(text, file);
  return read.ok ? read : { ok: false, errors: ['Het verslagbestand bevat fouten:', ...read.issues.map(formatIssue)] };
}

/** `play --script --out`: the played run as a run file, where compare and --resume can read it. */
function saveScripted(
  played: CommandResult, scenario: Scenario, state: RunState,
  options: { dir: string; alias: string | undefined; model: boolean; json: boolean; verslag: WrittenVerslag | undefined },
): CommandResult {
  const path = runPathMaker(options.dir, new Date())(scenario.id);
  try {
    const written = saveRun(path, scenario, state, options.model ? 'model' : 'scripted', { fresh: true, ...(options.alias ? { alias: options.alias } : {}), ...(options.verslag ? { verslag: options.verslag } : {}) });
    // With --json stdout holds only the report, so the saved file is named on stderr.
    const line = `Gesprek bewaard in ${written}`;
    return options.json ? { ...played, stderr: [...played.stderr, line] } : { ...played, stdout: [...played.stdout, '', line] };
  } catch (e) {
    return { code: 1, stdout: played.stdout, stderr: [...played.stderr, `Het gesprek kon niet bewaard worden in de map ${options.dir} (${saveFailureReason(e)}).`] };
  }
}

async function playWithModel(scenario: Scenario, scriptFile: string, json: boolean, seed: number, asShown: boolean): Promise<CommandResult & { state?: RunState }> {
  // Loaded only here, so runs without --model never load the openai package.
  const { modelModeFromEnv } = await import('../node/model');
  const model = modelModeFromEnv();
  if (!model) return { code: 1, stdout: [], stderr: ['Voor --model is OPENAI_API_KEY nodig (en eventueel OPENAI_BASE_URL en KANTELTRAINER_MODEL).'] };
  return playScriptWithModel(scenario, { scriptFile, json, model, seed, asShown });
}

function ok(stdout: string[]): CommandResult {
  return { code: 0, stdout, stderr: [] };
}

const result = await run(process.argv.slice(2));
printResult(result);
