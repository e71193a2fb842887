import { PhraseMatcher, phraseToken, type Openers, type PhraseHit, type PhraseToken } from './phrases';

// The provisions catalogue (brief §7). What matters for the move is not the product but
// who can use it: an individual (maatwerk) provision needs an assessment, a general one is
// open to anyone, and a privately paid solution is the client's own strength.
// The same product can sit on both sides: a scootmobiel is maatwerk, a scootmobiel from
// the pool is general; the regiotaxi with a Wmo pass is maatwerk, without one it is not.

export type ProvisionKind = 'individueel' | 'algemeen' | 'particulier';

const INDIVIDUEEL = [
  'huishoudelijke hulp|ondersteuning|verzorging', 'hulp bij|in ~ huishouden|huishouding',
  'huishoudhulp*', 'hbh', '=hh', 'poetshulp*', 'schoonmaakhulp*', 'thuishulp*', 'thuiszorg',
  'schoonmaker|schoonmaakster|werkster|poetsvrouw|huishoudster', 'hulp ~ =wmo', 'iemand ~ =van|=via ~ =de|=het ~ =wmo|thuiszorg', 'via ~ =de ~ =wmo',
  'scootmobiel*', 'traplift*', 'trap lift', 'stoeltjeslift*', 'plateaulift*', 'tillift*',
  'badlift*', 'rolstoel*', 'elektrische rolstoel', 'woningaanpassing*', 'woonvoorziening*',
  'aanpassing|aanpassingen|aanpassen ~ huis|woning|badkamer|douche|toilet|keuken',
  'inloopdouche*', 'drempelhulp*', 'douchelift*', 'badkameraanpassing*',
  'badkamer|douche|toilet|woning ~ aanpassen|aangepast|verbouwen', 'verhoogd toilet',
  'vervoerspas*', 'wmo pas', 'wmopas*', 'taxipas*', 'regiotaxipas*', 'regiotaxi ~ =pas',
  '=pas ~ regiotaxi*|taxi', 'vervoersvoorziening*', 'wmo taxi', 'rolstoeltaxi*', 'wmo vervoer',
  'aangepaste fiets|auto', 'driewielfiets*', 'driewieler*', 'autoaanpassing*',
  'begeleiding', 'begeleider*', 'woonbegeleid*', 'thuisbegeleid*', 'ambulante begeleiding',
  'dagbesteding*', 'dagopvang*', 'zorgboerderij*', 'dagactiviteit*', 'kortdurend verblijf',
  'logeeropvang*', 'respijtzorg', 'pgb*', 'persoonsgebonden budget', 'zorg in natura',
  'maatwerkvoorziening*', 'maatwerk', 'verhuiskostenvergoeding*', 'verhuisvergoeding*',
  'beschermd wonen', 'hulpmiddel*', 'wmo voorziening|hulpmiddel', '=uur|uren ~ hulp|begeleiding|ondersteuning',
];

const ALGEMEEN = [
  'scootmobielpool*', 'deelscootmobiel*', 'scootmobieluitleen*', 'buurtscootmobiel*',
  '=pool', 'gedeelde|deel scootmobiel*', 'scootmobiel* ~ =pool|delen|lenen|uitlenen|uitleen*',
  'scootmobiel* ~ samen|gedeeld*|gezamenlijk|buurtbewoners|bewoners|reserveren',
  'rolstoel*|rollator*|scootmobiel*|douchestoel*|hulpmiddel* ~ lenen|uitlenen|uitleen*|reserveren|te leen',
  'lenen ~ rolstoel*|rollator*|scootmobiel*|douchestoel*|hulpmiddel*', 'uitleen', 'te leen',
  'buurtbus*', 'plusbus*', 'automaatje*', 'boodschappenbus*', 'belbus*', 'seniorenbus*',
  'vrijwilligersvervoer*', 'vrijwillige chauffeur*', 'ouderenvervoer*', 'valys', 'deeltaxi*',
  'regiotaxi', 'regiotaxi* ~ zonder|geen ~ =pas|indicatie|wmo*|vervoerspas*',
  'open inloop', 'inloop*', 'buurthuis*', 'wijkcentrum*', 'buurtcentrum*', 'dorpshuis*',
  'wijkrestaurant*', 'buurtrestaurant*', 'eetclub*', 'eettafel*', 'samen eten',
  'maaltijdservice*', 'maaltijdvoorziening*', 'maaltijdbezorg*', 'tafeltje dek je',
  'tafeltjedekje', 'boodschappendienst*', 'boodschappenservice*', 'klussendienst*',
  'klusjesdienst*', 'klusjesman', 'repair cafe', 'repaircafe', 'vrijwilliger*',
  'vrijwillige thuishulp|hulp', 'ouderenadviseur*', 'ouderenconsulent*', 'sociaal werk*',
  'maatschappelijk werk*', 'welzijn*', 'maatje*', 'buddy', 'humanitas', 'thuisadministratie',
  'schuldhulp*', 'formulierenbrigade', 'formulierenhulp', 'voedselbank*', 'kledingbank*',
  'odensehuis*', 'alzheimer cafe', 'alzheimercafe', 'ontmoetingscentrum*',
  'mantelzorgsteunpunt*', 'steunpunt*', 'mantelzorgondersteun*', 'mantelzorgconsulent*',
  'mantelzorgmakelaar*', 'mantelzorgwaardering', 'lotgenot*', 'zonnebloem', 'ouderenbond*',
  'seniorenvereniging*', 'koffieochtend*', 'soos', 'wandelgroep*', 'beweeggroep*',
  'kookcursus*', 'valpreventie*', 'computercursus*', 'taalcafe', 'telefooncirkel*',
  'thuisbezoek*', 'personenalarm*', 'alarmering', 'uitleenpunt*', 'thuiszorgwinkel*',
  'wijkverpleg*', 'algemene voorziening*', 'klussenteam*', 'dorpsondersteun*', 'buurtcoach*',
  'wijkcoach*', 'seniorenvoorlicht*', 'vrijwilligerscentrale*', 'ouderensoos',
  'seniorenkoor*', 'ouderenkoor*', 'leesclub*', 'seniorengym*', 'ouderengym*', 'meer bewegen voor ouderen',
  'bezoekdienst*', 'buurtkamer*', 'digicafe*', 'taalmaatje*', 'wijkteam*', 'huiskamerproject*', 'eetcafe*',
  'dagbesteding* ~ zonder ~ indicatie', 'vrij toegankelijk*', 'zonder indicatie',
  'geen =pas|pasje|indicatie|verwijzing|beschikking ~ =voor ~ nodig', 'zonder ~ afspraak', 'inloopspreekuur*', 'spreekuur*', 'buurtteam*', 'zonder =pas|pasje|aanvraag|verwijzing',
  'vrije inloop', 'voor iedereen ~ open|toegankelijk',
];

const PARTICULIER = [
  'particulier*', 'particulier* ~ hulp|schoonmaker|schoonmaakster|werkster|huishoudster|poetsvrouw',
  'particulier* ~ schoonmaakhulp*|poetshulp*|huishoudhulp*|thuishulp*', 'schoonmaakbedrijf*',
  '=zelf ~ geld|pensioen|spaargeld', 'glazenwasser*', 'uit eigen zak', 'eigen geld|portemonnee',
  'zelf ~ betalen|betaalt|inhuren|huren|kopen|aanschaffen|regelen',
  '=zelf ~ ~ betalen|betaalt|bekostigen|inhuren|kopen|aanschaffen', 'eigen kosten|rekening', 'op eigen kosten',
  'bekostigen|financieren ~ =zelf', 'spaargeld|pensioen|vermogen ~ ~ betalen|bekostigen|inhuren|kopen',
  'betalen|bekostigen ~ =van|=uit ~ =uw|=je|=eigen ~ spaargeld|pensioen|geld|vermogen', '=zelf ~ laten plaatsen|installeren|aanleggen|maken',
  'betalen|inhuren|kopen|aanschaffen ~ =zelf', 'supermarkt*', 'bezorgservice*', 'bezorgdienst*', 'webwinkel*',
  'boodschappenservice* ~ =van ~ =de ~ supermarkt*|winkel*', 'online ~ bestellen|boodschappen', 'thuisbezorg*',
  'drogist*', 'bouwmarkt*', 'alarmknop* ~ =zelf', '=zelf ~ alarmknop*',
];

/** Phrases that look like provisions but are not: the client doing volunteer work. */
const NOT_A_PROVISION = [
  'vrijwilligerswerk*', 'vrijwilligersbaan*', 'begeleiding ~ gesprek', 'als vrijwilliger*',
  'vrijwilliger ~ worden|aan de slag', '=zelf ~ vrijwilliger*',
];

export const provisionMatcher = new PhraseMatcher<ProvisionKind | null>([
  ...INDIVIDUEEL.map((p) => [p, 'individueel'] as const),
  ...ALGEMEEN.map((p) => [p, 'algemeen'] as const),
  ...PARTICULIER.map((p) => [p, 'particulier'] as const),
  ...NOT_A_PROVISION.map((p) => [p, null] as const),
]);

export interface ProvisionHit {
  readonly kind: ProvisionKind;
  readonly start: number;
  readonly end: number;
}

export function findProvisions(tokens: readonly string[], stems: readonly string[]): ProvisionHit[] {
  return provisionsIn(tokens.map((t, i) => phraseToken(t, stems[i] ?? '')));
}

/** Provision hits among tokens; `openers` as in PhraseMatcher.matchLongest. */
export function provisionsIn<K extends PhraseToken>(tokens: readonly K[], openers?: (t: K) => Openers): ProvisionHit[] {
  const raw: PhraseHit<ProvisionKind | null>[] = [];
  provisionMatcher.matchLongest(tokens, raw, openers);
  const hits: ProvisionHit[] = [];
  for (const hit of raw) if (hit.value !== null) hits.push({ kind: hit.value, start: hit.start, end: hit.end });
  return hits;
}

/** Every literal word in the catalogue: these are the spellings the speller steers towards. */
export const PROVISION_WORDS: readonly string[] = [
  ...INDIVIDUEEL, ...ALGEMEEN, ...PARTICULIER, ...NOT_A_PROVISION,
].flatMap((p) => p.split(/[\s|]+/)).filter((w) => /^[a-z]+$/.test(w));
