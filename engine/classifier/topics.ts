import type { Topic } from '../vocabulary';
import { PhraseMatcher, phraseToken, type Openers, type PhraseToken } from './phrases';

// Topic lexicon: which life areas an utterance touches, independent of its move.
// Patterns follow the syntax in phrases.ts (stems, =exact, prefix*, ~ gaps).
const LEXICON: Record<Topic, readonly string[]> = {
  huishouden: [
    'huishoud*', 'schoonma*', 'poets*', 'stofzuig*', '=was|wassen|wasmachine|wasgoed', 'strijk*',
    'opruim*', 'ramen', 'afwas*', 'hbh', '=hh', 'werkster', 'thuishulp*', 'dweil*', 'bed verschonen',
    'boodschap*', 'klusj*', 'klussen*', 'huishoudster', 'huishoudhulp*', 'badkamer ~ schoon*',
  ],
  vervoer: [
    'vervoer*', 'scootmobiel*', 'buurtbus*', '=bus', 'taxi*', 'regiotaxi*', 'deeltaxi*', 'automaatje*',
    'plusbus*', 'rijden|rijdt|reed', 'auto', 'fiets*', 'driewiel*', 'lift geven', 'valys', 'trein',
    'rollator*', 'rolstoel*', 'belbus*', 'boodschappenbus*', 'chauffeur*', 'naar de markt', 'ophalen',
  ],
  eten: [
    'eten|eet|at', 'koken|kookt|kook*', 'maaltijd*', 'wijkrestaurant*', 'buurtrestaurant*', 'eetclub*',
    'eettafel*', 'tafeltje dek je', 'tafeltjedekje', 'warm eten', 'avondeten', 'lunch', 'voedsel*',
    'boodschappen',
  ],
  persoonlijke_verzorging: [
    'douche*|douchen', 'aankleden|aankleed*|uitkleden', 'steunkous*', 'toilet*', 'verzorging|verzorgen',
    'tillift*', 'badlift*', 'in bad', 'haren wassen', 'scheren', 'zichzelf wassen', 'wassen en aankleden',
  ],
  eenzaamheid: [
    'eenzaam*', 'alleen', 'isolement', 'gezelschap', 'contact*', 'deur uit', 'buiten ~ komen|komt',
    'inloop*', 'koffieochtend*', 'soos', 'ontmoet*', 'praatje', 'mensen ~ zien|spreken', 'stil',
  ],
  werk: [
    'werk', 'werkte|werken|werkt|gewerkt', 'baan', 'beroep', 'pensioen*', 'gepensioneerd', 'collega*',
    'vak', 'opleiding', 'stage', 'timmerman|boekhouder|onderwijzer*|verpleegster|bakker|monteur|leraar*',
  ],
  familie: [
    'dochter*|zoon|zonen|kinderen|kind|kleinkind*|kleinzoon|kleindochter*|familie*|familielid',
    'zus|zussen|broer*|schoonzus*|schoonzoon|schoondochter|neef|nicht*|oom|tante',
    'vader|moeder|ouders|=man|vrouw|partner|echtgeno*',
  ],
  buren: ['buurman|buurvrouw|buren|buurjongen|buurmeisje|bovenburen|onderburen', 'straat', 'overbuur*'],
  geld: [
    'geld', 'financ*', 'schuld*', 'rekening*', 'betal*', 'kosten|kost', 'eigen bijdrage', 'uitkering*',
    'inkomen*', 'huur', 'rondkomen', 'voedselbank*', 'euro', 'pensioen', 'budget*', 'particulier*',
    'spaargeld', 'eigen zak', 'duur',
  ],
  gezondheid: [
    'gezond*', 'ziek*', 'pijn', 'rug', 'knie*', 'heup*', '=hart', 'suiker', 'diabetes', 'medicijn*',
    'huisarts*', 'dokter', 'ziekenhuis*', 'operatie', 'geopereerd', 'geheugen', 'dementie', 'vergeet*',
    'slaap*', 'slapen', 'nachtrust', 'somber*', 'depress*', 'fysio*', 'ergotherapeut*', 'copd',
    'parkinson', 'beroerte', 'herstel*', 'alzheimer*', 'benauwd', 'conditie', 'moe',
  ],
  wonen: [
    'woning*', 'wonen|woont', '=huis|huisje', 'traplift*', 'trap', 'verhuiz*', 'gelijkvloers*',
    'slaapkamer', 'boven', 'beneden', 'appartement', 'aanleunwoning', 'verzorgingshuis', 'huur',
    'drempel*', 'badkamer ~ aanpass*|aangepast', 'woonvoorziening*', 'bovenverdieping',
  ],
  vrijwilligerswerk: ['vrijwilligerswerk*', 'vrijwillig*', 'iets ~ betekenen', 'voor anderen', 'voor de buurt'],
  rouw: [
    'overl*', 'gestorven', 'overleden', 'weduw*', 'rouw*', 'gemis', 'verlies', 'begrafenis',
    'niet meer ~ er|is', 'mist|missen ~ vrouw|man',
  ],
  veiligheid: [
    'veilig*', 'vallen', 'gevallen', '=val', 'valpreventie*', 'alarm*', 'personenalarm*', 'dwalen',
    'weglopen', 'inbraak', 'brand', 'fornuis', 'gas', 'oogje in het zeil', 'bang',
  ],
  mantelzorg: [
    'mantelzorg*', 'ontlasten', 'respijt*', 'overbelast*', 'volhouden|volhoudt', 'steunpunt*',
    'zorg ~ voor ~ man|vrouw|moeder|vader', 'kortdurend verblijf', 'logeeropvang*', 'gebruikelijke hulp',
  ],
  dagbesteding: [
    'dagbesteding*', 'zorgboerderij*', 'dagopvang*', 'dagritme', 'dagen|dag', 'ritme', 'structuur',
    'tijdsbesteding', 'hobby*', 'om handen', 'odensehuis*', 'activiteit*', 'overdag', 'bezigheid*',
  ],
  administratie: [
    '=post', 'brieven', 'brief', 'administratie*', 'formulier*', 'papieren', 'rekeningen', 'digid',
    'belasting*', 'thuisadministratie', 'formulierenbrigade', 'aanmaning*', 'incasso*',
  ],
};

const TOPIC_IDS = Object.keys(LEXICON) as Topic[];
export const topicMatcher = new PhraseMatcher<Topic>(
  TOPIC_IDS.flatMap((topic) => LEXICON[topic].map((phrase) => [phrase, topic] as const)),
);

/** Topics in order of first mention, each once. */
export function findTopics(tokens: readonly string[], stems: readonly string[]): Topic[] {
  return topicsIn(tokens.map((t, i) => phraseToken(t, stems[i] ?? '')));
}

/** Topics among tokens, in order of first mention; `openers` as in PhraseMatcher.firstHits. */
export function topicsIn<K extends PhraseToken>(tokens: readonly K[], openers?: (t: K) => Openers): Topic[] {
  const found: number[] = [];
  topicMatcher.firstHits(tokens, found, openers);
  const topics: Topic[] = [];
  for (const index of found) topics.push(topicMatcher.values[index]!);
  return topics;
}

export const TOPIC_WORDS: readonly string[] = TOPIC_IDS.flatMap((topic) => LEXICON[topic])
  .flatMap((p) => p.split(/[\s|]+/)).filter((w) => /^[a-z]+$/.test(w));
