import type { Move } from '../vocabulary';
import { PhraseMatcher, phraseToken, type Openers, type PhraseHit, type PhraseToken } from './phrases';

// Cue lexicons: word groups that signal a move whatever the exact wording. They let the
// model generalise from "uw dochter" to "uw schoonzoon" without seeing both in training.
// Each cue also carries a hand-set prior towards its move; training adjusts it.

export const CUES = {
  reflect: ['verhelderen', [
    'klinkt|klinken', 'als ik ~ goed begrijp|hoor|zie|samenvat|begrepen', 'begrijp|hoor|zie ik ~ goed',
    'ik hoor|merk|proef|voel', 'ik zie ~ dat', 'ik begrijp|snap ~ dat|het', 'samengevat', 'samenvattend',
    'kortom', 'met andere woorden', 'dus eigenlijk', 'dus als ik', 'klopt het|dat', 'voelt|lijkt alsof',
    'dat moet ~ zwaar|moeilijk|lastig|eenzaam|pijnlijk|naar|zijn', 'heftig', 'wat naar|vervelend|verdrietig',
    'dat is ~ zwaar|moeilijk|lastig|veel|pittig|niks|nogal|verdrietig', 'niet niks', 'u|je zegt|geeft',
    'dat snap|begrijp ik', 'goed ~ begrepen|gehoord|begrijp', 'of ik ~ goed', '^ =u|=je ~ lijkt|lijk', 'dat kan ik ~ voorstellen', 'begrijpelijk', 'als ik het zo hoor',
    '^ =u|=je voelt ~ zich|je', '^ =u|=je vindt ~ het', '^ =u|=je heeft|hebt ~ het gevoel',
  ]],
  emotion: ['verhelderen', [
    'boos|kwaad|verdrietig|bang|angstig|teleurgesteld|gefrustreerd|machteloos|onzeker|ongerust',
    'schaam*|frustr*|verdriet|eenzaam*|moe|uitgeput|zwaar|opgelucht|gemis', 'mist|missen',
  ]],
  clarify: ['verhelderen', [
    'wat|hoe bedoelt|bedoel', 'bedoelt', 'vertel ~ eens|meer', 'meer over ~ vertellen', 'wat maakt ~ dat',
    'waar loopt|loop ~ tegenaan', 'wat houdt ~ in', 'wat gebeurt|gebeurde', 'sinds wanneer', 'hoe lang ~ al',
    'wat is er ~ veranderd|gebeurd', 'aanleiding', 'precies', 'wat betekent ~ voor', 'waar merkt|merk',
    'wat gaat er ~ mis', 'en toen', 'hoe komt het', 'wat is ~ lastig|moeilijk|zwaar|lastigst|zwaarst', 'gaat ~ het ~ om|vooral', 'daar ~ gaat|draait ~ het ~ om',
    'lastigst|zwaarst|moeilijkst|belangrijkst|ergst*', 'hoe ziet ~ eruit', 'wat zou ~ anders',
    'hoe voelt|voelde', 'hoe is dat voor', 'gevoel', 'wat doet ~ dat ~ met', 'voorbeeld', 'reden',
    'hoe ziet ~ er ~ uit', 'bereiken', 'twijfel*', 'benieuwd', 'wat maakt ~ zo', 'meer ~ vertellen|vertelt|uitleggen', 'vertellen ~ over',
    'meeste ~ last|moeite|zorgen', 'last ~ van', 'ervaart|ervaren|beleeft|beleven', 'hoe is het voor', 'beschrijven|omschrijven|beschrijft', 'meenemen ~ =in', 'neem ~ me|mij ~ mee', 'zit ~ ergens ~ mee',
    'wat speelt er', 'waar komt ~ vandaan', 'wat ging ~ vooraf', 'hoe zo', 'wat merkt',
  ]],
  // What no longer works, said as a statement ("het bukken lukt niet meer"): a reflection of
  // the trouble, not a question about what the client can still do (own).
  trouble: ['verhelderen', [
    'lukt|lukken|lukte ~ niet|nauwelijks|amper', 'gaat|ging ~ niet meer', 'niet meer ~ lukt|lukken|gaat',
    'kan|kunt|kun ~ niet meer', 'niet meer ~ zelf ~ kunt|kan|kun', 'te zwaar|steil|krap|hoog|smal|klein',
  ]],
  request: ['verhelderen', [
    'waarvoor', 'waar ~ naartoe|heen', 'wat moet ~ doen', 'wat verwacht', 'waarom ~ juist|denkt',
    'welk probleem', 'moet ~ oplossen', 'wat hoopt', 'welke taken|klussen ~ moet|moeten',
  ]],
  own: ['eigen_kracht', [
    '=zelf', 'zelfstandig', '=eigen', 'nog wel', 'lukt|lukken|lukte', 'geprobeerd|proberen|probeert',
    'opgelost', 'liefst|allerliefst', 'keuze|kiezen|kiest', 'sterke kanten', 'trots', 'gewend',
    'hoe doet|doe ~ nu', 'wat kunt|kun ~ nog', 'nog ~ zelf', 'voorkomen', 'zelf ~ doen|blijven',
    'aanschaffen|kopen|bestellen|laten bezorgen', 'verdelen', 'oefenen|leren', 'wat heeft ~ nodig',
    'wat zou ~ helpen', 'wat denkt ~ zelf', 'idee', 'goede dag', 'wat gaat ~ goed', 'red|redt|redden',
    'goed in', 'aanpakken|aanpak', 'energie|krachten', 'omgaan|om ~ gaan ~ met', 'kunt|kun|kan ~ =nog',
    'ermee|daarmee|hiermee|mee =om', 'werkt|gewerkt|werkte ~ goed|best|beter', 'doorheen', 'anders ~ indelen|organiseren|doen',
    'sterke punten', 'hoe regelt|regel ~ nu', 'wat doet|doe ~ als',
    '=nog', 'mogelijkheden', 'wat wilt|wil|zou ~ =u|=je|jij ~ zelf', 'hoe ~ =u|=je ~ het ~ nu',
    'hielp|helpt|geholpen', 'verdeelt|verdeel|verdeeld', 'bereid', 'pakt|pak ~ aan', 'hoe ? =u|=je ~ =nu|=tegenwoordig', 'doorstaan|overwonnen|doorgekomen', 'per se', 'regie|zeggenschap|onafhankelijk*|vrijheid', 'zelf ~ beslissen|bepalen|beslist|bepaalt|baas', 'uit handen ~ geven', 'hulpmiddelen ~ =zelf|in huis',
  ]],
  // Affirmations. Their move is what they affirm (own strength, the network, work or hobbies);
  // the cue mostly keeps "mooi"/"ik merk" from reading them as small talk or a reflection.
  affirm: ['eigen_kracht', [
    'knap|sterk|moedig|dapper|creatief|vindingrijk|slim|bewonderenswaardig|doorzetter|doorzettingsvermogen',
    'goed|mooi|fijn|bijzonder|sterk|knap ~ =dat ~ =u|=je|=jij|=jullie', 'petje af', 'respect voor', 'compliment*',
    'trots ~ op', 'dat zegt ~ veel', 'niet niks', 'geeft|geef ~ niet ~ op',
  ]],
  network: ['netwerk', [
    'dochter*|zoon|zonen|kinderen|kind|kleinkind*|kleinzoon|kleindochter*|familie*|familielid',
    'zus|zussen|zusje|broer*|zwager|schoonzus*|schoonzoon|schoondochter|schoonfamilie|neef|nicht*',
    'oom|tante|vader|moeder|ouders|pa|ma|=man|vrouw|partner|echtgeno*|vriend*|kennis|kennissen',
    'buurman|buurvrouw|buren|buurjongen|buurmeisje|bovenburen|onderburen|overbuurvrouw|overbuurman',
    'kerk*|club*|vereniging*|koor|collega*', 'mantelzorg*', 'gebruikelijke hulp', 'netwerk*',
    'over de vloer', 'wie', 'iemand ~ die', 'omgeving', 'mensen om ~ heen', 'oogje in het zeil',
    'belasten|belast|ontlasten|volhouden|overbelast*', 'om hulp ~ vragen|gevraagd',
  ]],
  broad: ['brede_blik', [
    '=dagen|dagritme|ritme|structuur|tijdsbesteding|vult|invullen|overdag|weekend|zondag', 'uw|je =dag',
    'werk|werkte|werken|baan|beroep|pensioen*|gepensioneerd|vak|opleiding|school',
    'hobby*|vrije tijd|plezier|ontspanning|sport|bewegen|beweging|wandelen|tuinieren',
    'gezondheid|gezond|slaap*|slapen|nachtrust|medicijn*|huisarts|dokter|ziekenhuis|geheugen',
    'geld|financ*|schuld*|rekening*|huur|rondkomen|uitkering|inkomen|budget|betalen',
    'post|brieven|papieren|administratie|formulieren', 'stemming|somber*|depress*|neerslachtig|piekeren',
    'eenzaam*|buiten|deur uit', 'voelt|voel ~ =alleen', 'alleen ~ voelt|voelen', 'geloof|zinvol', 'zin in het leven', 'woning|wonen|woonsituatie',
    'alcohol|drinkt|roken', 'vroeger', 'dromen|plannen|toekomst', 'andere ~ dingen|zaken|onderwerpen',
    'veilig*', 'speelt er', 'om handen', 'houdt ~ bezig', 'en verder', 'uw|je =week', '=week ~ eruit|uit',
    'onder de mensen', 'sociale contacten', 'zin|leven|voldoening|levenslust', 'voetbal|muziek|zingen|lezen|kaarten|biljart*|tuin',
    'schilder*|breien|breit|haken|handwerk*|puzzel*|fotografe*|vissen|vist|hengel*|dansen|bridge*|klaverjas*',
    'volkstuin*|moestuin*|houtbewerk*|wandelclub|fietstocht*|reizen|uitstapje*', 'stil ~ in huis', 'stilte', 'herinnering*', 'nutteloos|overbodig|ertoe ~ doen|deed', 'apotheek', 'tijd|ruimte ~ voor ~ =jezelf|=uzelf|=zelf|hobby*|ontspanning',
  ]],
  reciprocity: ['brede_blik', [
    'betekenen|betekent ~ voor', 'voor|aan anderen|een ander', 'anderen ~ helpen', 'voor de buurt',
    'inzetten voor', 'vrijwilligerswerk*', 'als vrijwilliger', 'vrijwilliger ~ worden|zijn|aan de slag', 'geven|bieden|teruggeven|terugdoen', 'talent*', 'iets terug',
    'iets ~ doen|betekenen|maken ~ voor', 'kennis|ervaring ~ delen|inzetten|doorgeven|gebruiken',
    'voor ~ mensen|jongeren|bewoners|buurtgenoten|wijk|ouderen|lotgenoten|nieuwkomers',
    '=anderen ~ leren|helpen|bijstaan|ondersteunen|uitleggen', 'ervaring|kennis|talent|vak ~ in ~ zetten',
    'zou ~ leuk vinden ~ om', 'ergens ~ voor ~ in ~ zetten', 'nuttig|zinvol ~ bezig',
  ]],
  agree: ['afspraak', [
    'afspreken|afspraak|afspraken|afgesproken|vervolgafspraak', 'spreken ~ af', 'bel|bellen|belt',
    'terugkomen', 'kom ~ terug', 'verslag*|gespreksverslag', 'nazorg', 'evalu*', 'bezwaar', 'aanvraag',
    'indienen|dien ~ in', 'beschikking', 'besluit*|beslis*', 'clientondersteun*', 'over ~ weken|maand|maanden',
    'volgende week|maand', 'noteer|noteren|genoteerd|opschrijven|schrijf ~ op', 'toestemming',
    'legitimatie*|identiteitsbewijs|paspoort', 'eigen bijdrage', 'cak', 'abonnementstarief',
    'persoonlijk plan', 'melding', 'onderzoek', 'procedure', 'wachttijd', 'brief|schriftelijk|kopie',
    'ondertekenen|ondertekent|ondertekend|handtekening|=tekenen|=teken|=tekent|=getekend', 'doornemen|langslopen|samenvatten', 'wie doet wat', 'wie ~ wat ~ doet|doen', 'vervolg*|vervolgstap*|volgende stap*', 'hoe ~ het ~ verder ~ gaat|loopt|gaan', 'wat er ~ gaat ~ gebeuren', 'laten we',
    'zullen we', 'hoort|horen ~ van', 'laat ~ weten', 'adviseer|advies', 'binnen ~ weken', '=plan',
    'toezeggen|beloven', 'contact ~ opnemen|houden', 'agenda', 'dossier', 'wachtlijst',
    'vat ~ samen ~ =dochter|=zoon|=u|=je ~ gaat|gaan|doet|kookt|belt|komt', 'telefoonnummer|nummer|visitekaartje',
    'vastleggen|vastleg|vastgelegd', 'leg ~ vast', 'op papier', 'zwart op wit',
  ]],
  refuse: ['afspraak', [
    'afwijzen|afgewezen|afwijzing', 'wijs ~ af', 'krijgt|krijgen ~ =niet|=geen', 'niet ~ aan de orde', 'leg ~ uit ~ waarom', 'uitleggen ~ waarom', 'ik zeg ~ nee', '=nee',
    'komt|komen ~ niet|geen', 'gaat ~ niet ~ worden|komen', 'niet toekennen', 'geen ~ toekennen|aanvragen|inzetten|geven|verstrekken|regelen', 'helaas',
    'kan|ga ~ niet ~ toekennen|aanvragen|inzetten|geven|regelen', 'niet nodig', 'hoeft|hoeven ~ geen|niet',
  ]],
  reason: ['afspraak', ['omdat|want|daarom|aangezien|waarom']],
  propose: ['maatwerkvoorziening', [
    'gedacht aan', 'aan ~ gedacht', 'over ~ nagedacht', 'nagedacht|overwogen', 'iets voor u|je|jullie', 'wat vindt|vind ~ van', 'wat dacht|denkt ~ van',
    'hoe zou ~ vinden', 'lijkt me', 'ik stel ~ voor', 'voorstellen', 'in aanmerking', 'recht op',
    'regel|regelen|geregeld|zorg ervoor', 'aanvragen|vraag ~ aan', 'inzetten|zet ~ in', 'vergoeden|vergoed',
    'toekennen|toegekend|krijgt|krijgen', 'zou ~ helpen|passen', 'passend|geschikt|oplossing', 'nodig',
  ]],
  inform: ['algemene_voorziening', [
    'kent|ken ~ u|je', 'wist|weet ~ u|je ~ dat', 'er is|zijn ~ een', 'terecht', 'gehoord van',
    'gratis|voor een paar euro|kleine vergoeding', 'iedereen|zonder indicatie|vrij|binnenlopen',
    'in de wijk|buurt|bibliotheek|bieb', 'elke|iedere ~ week|dinsdag|maandag|woensdag|donderdag|vrijdag',
    'organiseert|organiseren', 'in contact ~ brengen', 'van ~ gehoord', 'aanmelden|aanmelding',
  ]],
  social: ['overig', [
    'goedemorgen|goedemiddag|goedenavond|goeiemorgen|goeiemiddag|goeienavond|goedendag|hallo|hoi',
    '^ =dag|daag|doei|welkom', 'tot ziens|straks', 'tot de volgende keer', 'fijne|prettige ~ dag|middag|avond|weekend', 'dank|bedankt|dankjewel|dankuwel|bedank*', 'sorry|excuses|pardon', 'vriendelijk|aardig|attent|gezellig|leuk ~ =van ~ =u|=je',
    '^ goedendag|goedemorgen|goedemiddag ~ =u ~ =bent', 'geen haast', 'pen|pennen|tas|schrift|laptop', 'adres|parkeren|geparkeerd|parkeerplek|navigatie',
    'kennismaken|kennis te maken', 'koffie|thee|suiker|melk|koekje|taart|water',
    'weer|weertje|regen|zonnetje|zonneschijn|koud|warm', 'mooi|mooie|prachtig|gezellig|lekker|heerlijk|lief',
    'tuin|kat|hond|poes|foto*|schilderij|bloemen|uitzicht|piano|klok', 'binnenkomen|zitten|jas', 'kopje|kopjes|bakje|bakkie|koek', '=uw|=de|=je =bel', 'deurbel*|aangebeld|geklopt', '^ =ha|=hee|=hey|=moi', 'alles goed', 'verjaardag|jarig|gefeliciteerd|feestdagen',
  ]],
} as const satisfies Record<string, readonly [Move, readonly string[]]>;

export type Cue = keyof typeof CUES;
export const CUE_NAMES = Object.keys(CUES) as Cue[];

export const cueMatcher = new PhraseMatcher<Cue>(
  CUE_NAMES.flatMap((cue) => CUES[cue][1].map((phrase) => [phrase, cue] as const)),
);

/** Cue hits among tokens; `openers` as in PhraseMatcher.matchAll. */
export function cuesIn<K extends PhraseToken>(tokens: readonly K[], openers?: (t: K) => Openers): PhraseHit<Cue>[] {
  const hits: PhraseHit<Cue>[] = [];
  cueMatcher.matchAll(tokens, hits, openers);
  return hits;
}

export function findCues(tokens: readonly string[], stems: readonly string[]): PhraseHit<Cue>[] {
  return cuesIn(tokens.map((t, i) => phraseToken(t, stems[i] ?? '')));
}

export const CUE_WORDS: readonly string[] = CUE_NAMES.flatMap((cue) => CUES[cue][1])
  .flatMap((p) => p.split(/[\s|]+/)).filter((w) => /^[a-z]+$/.test(w));
