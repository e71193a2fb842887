import { parseArgs } from 'node:util';
import { printResult } from './print-result';
import { findCase } from '../node/case-files';
import { CLASSIFY_HELP, classifyStdin } from './commands/classify';
import { playScript, playScriptWithModel } from './commands/play-script';
import type { CommandResult } from './commands/result';
import { writeSchema } from './commands/schema';
import { validate, VALIDATE_HELP } from './commands/validate';
import { LINT_HELP, lintCommand } from './commands/lint';
import { GRAPH_HELP, graphCommand } from './commands/graph';
import { COMPARE_HELP, compareCommand } from './commands/compare';
import { runDemo } from './commands/demo';
import { SCORM_HELP, scormCommand } from './commands/scorm';
import { understandOffline } from '../node/understand';
import { formatIssue, type Scenario } from '../engine';
import { NL } from './tui/messages';

const HELP = `Kanteltrainer: oefenen met het gekantelde keukentafelgesprek.

Gebruik:
  kanteltrainer validate [bestanden of mappen…]   casussen controleren (standaard scenarios/)
  kanteltrainer lint [bestanden of mappen…]       zwakke plekken in casussen zoeken
  kanteltrainer graph <casus>                      de casus als Mermaid-stroomschema
  kanteltrainer compare <runbestanden…> [--anoniem] [--csv <bestand>]
                                                   runs van een groep per beslismoment vergelijken
  kanteltrainer scorm <casussen…> --out <pakket.zip> [--slaag <cijfer>]
                                                   SCORM 1.2-pakket voor een leerplatform (Moodle e.a.)
  kanteltrainer play [casus] [--resume <run>] [--out <map>] [--model]
                                                   oefenen in de terminal (menu als je geen casus noemt)
  kanteltrainer play <casus> --script <bestand> [--json] [--model]
                                                   een gesprek afspelen vanuit een script
  kanteltrainer start                              het menu openen (zonder terminal: een voorbeeldgesprek)
  kanteltrainer classify                           vrije tekst (stdin, één per regel) lezen: vorm en move
  kanteltrainer schema                             scenarios/case.schema.json opnieuw maken
  kanteltrainer help [opdracht]                    deze hulp

Een script heeft één beurt per regel: #N kiest optie N, /afronden rondt het gesprek af,
regels die met // beginnen worden overgeslagen, andere regels zijn vrije tekst. Via npm: npm run --silent cli -- <opdracht>.`;

const PLAY_HELP = `kanteltrainer play [casus] [--resume <runbestand>] [--out <map>] [--model]

Opent de trainer in de terminal (zie hieronder voor afspelen zonder terminal). Met --model
verwoordt een taalmodel de cliënt en leest het je getypte zinnen (zie --model hieronder).

Na elke beurt wordt het gesprek bewaard in een eigen runbestand (<casus>-<datum>-<tijd>.json)
in de map runs/ (vanuit de map waar je de trainer start), of in de map na --out. Lukt opslaan daar
niet (er staat een bestand met die naam, de schijf is vol, geen toestemming), dan speel je gewoon
door: de trainer zegt wat er misging en bewaart het gesprek in kanteltrainer-runs in je thuismap
(lukt ook dat niet: in de tijdelijke map van het systeem), en zegt waar het staat.
Met --resume <runbestand> speel je een bewaard gesprek verder.

kanteltrainer play <casus> --script <bestand> [--json] [--model] [--seed N] [--as-shown]

Speelt een gesprek af zonder interactie. Elke niet-lege regel van het script is één beurt:
  #N          kies optie N bij het huidige beslismoment: de N-de optie in het casusbestand
              (met --as-shown: de N-de optie zoals de trainee ze op het scherm ziet)
  /afronden   rond het gesprek af
  // …        commentaar
  andere tekst  wat je zegt; de trainer leest er de vorm en de move in en zoekt de optie
              die hetzelfde zegt
Het afspelen stopt bij een einde; ongebruikte regels worden op stderr gemeld. Getypte
tekst rondt het gesprek nooit af, ook niet als hij een afsluitende optie zegt: zet /afronden
op de laatste regel. Is het script op terwijl het gesprek nog loopt, dan staat dat op stderr.
Met --json komt er één JSON-rapport op stdout, anders een leesbare nabespreking.
Met --seed N speel je de run met zaadgetal N (standaard 0): dat bepaalt de volgorde waarin de
opties getoond worden en welk terugvalantwoord de cliënt kiest.
Met --model (en OPENAI_API_KEY, eventueel OPENAI_BASE_URL en KANTELTRAINER_MODEL) leest een
taalmodel de vrije tekst en spreekt het de antwoorden van de cliënt uit; lukt dat niet, dan
neemt de offline lezer het over en staat er een melding op stderr. Het rapport blijft van de engine.`;

function run(argv: string[]): CommandResult | Promise<CommandResult> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'validate':
      if (rest.includes('--help') || rest.includes('-h')) return ok([VALIDATE_HELP]);
      return validate(rest);
    case 'lint':
      if (rest.includes('--help') || rest.includes('-h')) return ok([LINT_HELP]);
      return lintCommand(rest);
    case 'graph':
      if (rest.includes('--help') || rest.includes('-h')) return ok([GRAPH_HELP]);
      return graphCommand(rest);
    case 'scorm':
      if (rest.includes('--help') || rest.includes('-h')) return ok([SCORM_HELP]);
      return scormCommand(rest);
    case 'compare':
      if (rest.includes('--help') || rest.includes('-h')) return ok([COMPARE_HELP]);
      return compareCommand(rest);
    case 'play':
      return play(rest);
    case 'schema':
      return writeSchema();
    case 'start':
      return startCommand();
    case 'classify':
      if (rest.includes('--help') || rest.includes('-h')) return ok([CLASSIFY_HELP]);
      return classifyStdin();
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      if (rest[0] === 'play') return ok([PLAY_HELP]);
      if (rest[0] === 'validate') return ok([VALIDATE_HELP]);
      if (rest[0] === 'classify') return ok([CLASSIFY_HELP]);
      if (rest[0] === 'scorm') return ok([SCORM_HELP]);
      return ok([HELP]);
    default:
      return { code: 1, stdout: [], stderr: [`Onbekende opdracht "${command}".`, '', HELP] };
  }
}

/** `npm start`: the trainer's case menu in a terminal; elsewhere the sample debrief, with a note why. */
async function startCommand(): Promise<CommandResult> {
  if (process.stdin.isTTY) return (await import('./tui/play')).playInteractive([]);
  const demo = runDemo();
  return { ...demo, stdout: [NL.startNoTerminal, ...demo.stdout] };
}

async function play(args: string[]): Promise<CommandResult> {
  // Without a script the trainer is interactive; it is loaded only then, so scripted runs stay light.
  const scripted = args.some((a) => a === '--script' || a.startsWith('--script=') || a === '--json');
  if (!scripted && !args.includes('--help') && !args.includes('-h')) return (await import('./tui/play')).playInteractive(args);
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { script: { type: 'string' }, json: { type: 'boolean' }, model: { type: 'boolean' }, seed: { type: 'string' }, 'as-shown': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  } catch (e) {
    return { code: 1, stdout: [], stderr: [`${(e as Error).message}`, '', PLAY_HELP] };
  }
  if (parsed.values.help) return ok([PLAY_HELP]);
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
  const seed = Number(seedText);
  const asShown = parsed.values['as-shown'] === true;
  if (parsed.values.model) return playWithModel(found.scenario, parsed.values.script, parsed.values.json === true, seed, asShown);
  return playScript(found.scenario, { scriptFile: parsed.values.script, json: parsed.values.json === true, understand: understandOffline, seed, asShown });
}

async function playWithModel(scenario: Scenario, scriptFile: string, json: boolean, seed: number, asShown: boolean): Promise<CommandResult> {
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
