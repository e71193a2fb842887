import type { Dimension, Move } from '../../engine/vocabulary';

// Every string the web trainer shows, in one place (taalniveau B1), ready for a second language.
export const NL = {
  appName: 'Kanteltrainer',
  tagline: 'Oefen het gekantelde keukentafelgesprek',
  skipToContent: 'Naar de inhoud',
  largerText: 'Grotere letters',
  listTitle: 'Kies een casus',
  listIntro: 'Jij bent de Wmo-consulent. Kies een cliënt en voer het gesprek. Daarna krijg je een nabespreking.',
  client: 'Cliënt',
  years: 'jaar',
  level: 'Niveau',
  levels: { basis: 'basis', gevorderd: 'gevorderd', expert: 'expert' } as Record<string, string>,
  goals: 'Leerdoelen',
  bestScore: (n: number) => `Beste score op dit apparaat: ${n} van 100`,
  noScoreYet: 'Nog niet gespeeld op dit apparaat',
  start: 'Start',
  startCase: (title: string) => `Start: ${title}`,
  resumeCase: 'Verder met je gesprek',
  resumeBanner: (title: string) => `Je was bezig met "${title}".`,
  caseErrors: 'Deze casussen bevatten fouten en zijn niet te spelen:',
  noCases: 'Er zijn geen casussen gevonden.',
  loading: 'Even laden…',
  loadFailed: 'De casus kon niet geladen worden. Laad de pagina opnieuw.',

  conversationWith: (name: string) => `Gesprek met ${name}`,
  phase: 'Fase',
  phases: { verkennen: 'Verkennen', oplossingen: 'Oplossingen', afspraken: 'Afspraken' } as Record<string, string>,
  mood: 'Stemming van de cliënt',
  moods: ['gesloten', 'afwachtend', 'open', 'heel open'],
  moodHint: (trust: number) => `vertrouwen ${trust} van 10`,
  turn: (n: number) => `Beurt ${n}`,
  you: 'Jij',
  optionsHeading: 'Wat zeg je?',
  optionNumber: (n: number) => `Optie ${n}`,
  freeTextLabel: 'Of zeg het in je eigen woorden',
  freeTextPlaceholder: 'Typ wat je tegen de cliënt zegt',
  say: 'Zeg het',
  reading: 'Je zin wordt gelezen…',
  understoodAs: 'Opgevat als',
  certainty: (p: number) => `zekerheid ${p}%`,
  correctLabel: 'Bedoelde je iets anders? Kies de juiste gespreksmove:',
  confirm: 'Klopt, zeg het',
  confirmCorrected: 'Zo bedoelde ik het, zeg het',
  retype: 'Opnieuw typen',
  endConversation: 'Gesprek afronden',
  endConfirm: 'Wil je het gesprek nu afronden? Je gaat dan naar de nabespreking.',
  endYes: 'Ja, afronden',
  endNo: 'Nee, verder praten',
  backToList: 'Naar de casussen',
  rejected: (reason: string) => `Dat lukte niet: ${reason}`,
  empty: 'Typ eerst een zin.',

  debriefTitle: 'Nabespreking',
  ending: 'Einde',
  quality: { sterk: 'sterk', gemiddeld: 'gemiddeld', zwak: 'zwak' } as Record<string, string>,
  notFinished: 'Het gesprek is niet afgerond.',
  overall: 'Totaalscore',
  outOf100: (n: number) => `${n} van 100`,
  chartTitle: 'Score per onderdeel',
  chartDesc: 'Staafdiagram van de zes onderdelen; de getallen staan ook in de tabel.',
  dimension: 'Onderdeel',
  score: 'Score',
  flagsHeading: 'Aandachtspunten',
  noFlags: 'Geen aandachtspunten.',
  factsHeading: 'Wat de cliënt vertelde',
  factsFound: (n: number, total: number) => `Gevonden: ${n} van ${total}`,
  factsMissed: 'Niet boven tafel gekomen',
  noneFound: 'Geen.',
  timelineHeading: 'Het gesprek, beurt voor beurt',
  clientReply: 'Cliënt',
  feedback: 'Terugkoppeling',
  flagged: 'Aandachtspunt',
  readAs: (label: string) => `gelezen als: ${label}`,
  progressHeading: 'Je voortgang op deze casus',
  progressIntro: 'Je eerdere gesprekken met deze casus op dit apparaat.',
  run: 'Gesprek',
  noProgress: 'Dit is je eerste afgeronde gesprek met deze casus.',
  playAgain: 'Opnieuw spelen',
  saveRun: 'Run opslaan',
  print: 'Afdrukken',

  storeCorrupt: 'Je bewaarde gesprek kan niet gelezen worden. Sla de gegevens op als bestand en begin opnieuw.',
  storeFull: 'Bewaren op dit apparaat lukt niet (de opslag is vol of uitgeschakeld). Sla je gesprek op als bestand, anders kan het verloren gaan.',
  exportRaw: 'Gegevens opslaan als bestand',
  discard: 'Weggooien en opnieuw beginnen',
  caseGone: 'De casus van je bewaarde gesprek bestaat niet meer.',
  caseChanged: 'Let op: deze casus is gewijzigd sinds je gesprek werd bewaard.',
  savedLocally: 'Je gesprek wordt na elke beurt op dit apparaat bewaard.',
} as const;

export function moveLabel(labels: Record<Move, string>, move: Move | null): string {
  return move ? labels[move] : '—';
}

export type DimensionLabels = Record<Dimension, string>;

/** Trust 0–10 as a mood the trainee can read. */
export function moodIndex(trust: number): number {
  if (trust <= 2) return 0;
  if (trust <= 4) return 1;
  if (trust <= 6) return 2;
  return 3;
}
