// Offline FORM reader: labels a typed consultant utterance with its conversational form,
// modelled on the MITI 4.2.1 behaviour codes (question, reflection, information, advice with
// and without permission, affirmation) plus summary and small talk.
//
// Pure and deterministic: no I/O, no randomness. Everything heavy (lexicon, phrase index, a hash
// table of known words) is built once at module load; a call tokenises by hand into reused
// scratch arrays (a known word is found while it is scanned, without a lowercased copy or a
// slice), skips phrases whose words are missing from a segment by a bit signature, and then only
// does map look-ups, so short utterances run well above 200,000 per second.
//
// Pipeline per call:
//  1. tokenise: lowercase, strip accents and apostrophes, map chat spellings and typos, note
//     sentence ends (. ! ? ; newline) and clause breaks (, : … and spaced dashes);
//  2. segment: every sentence is a segment; a clause after a comma that starts a question
//     (wh-word, verb-first, invitation, tag like 'toch?') becomes its own segment, and a short
//     greeting or acknowledgement before a comma ('Ja, …', 'Goedemorgen, …') too;
//  3. per segment: lexicon flags + phrase matches give a form;
//  4. per utterance: permission-seeking advice wins, then the last real question, then the
//     statements by rank (advice, summary, affirmation, information, reflections, small talk).

import { z } from 'zod';
import { fnv1a, FNV_OFFSET, FNV_PRIME } from '../classifier/fnv';

export const FORMS = [
  'open_question',
  'closed_question',
  'simple_reflection',
  'complex_reflection',
  'summary',
  'information',
  'advice_without_permission',
  'advice_with_permission',
  'affirmation',
  'small_talk',
] as const;

export const formSchema = z.enum(FORMS);
export type Form = z.infer<typeof formSchema>;

export const FORM_LABELS: Record<Form, string> = {
  open_question: 'open vraag',
  closed_question: 'gesloten vraag',
  simple_reflection: 'eenvoudige reflectie',
  complex_reflection: 'complexe reflectie',
  summary: 'samenvatting',
  information: 'informatie',
  advice_without_permission: 'advies zonder toestemming',
  advice_with_permission: 'advies met toestemming',
  affirmation: 'bevestiging',
  small_talk: 'praatje',
};

export interface FormReading {
  form: Form;
  segments: Form[];
}

// ---------------------------------------------------------------------------------------------
// Form indices (numbers internally, strings only at the edge).

const OPEN = 0;
const CLOSED = 1;
const SIMPLE = 2;
const COMPLEX = 3;
const SUMMARY = 4;
const INFO = 5;
const ADVICE = 6;
const PERMIT = 7;
const AFFIRM = 8;
const SMALL = 9;

// ---------------------------------------------------------------------------------------------
// Lexicon: one map look-up per token gives all of its word-class flags.

const F_FILLER = 1 << 0; // hesitations and particles that carry no move
const F_ACK = 1 << 1; // 'ja', 'oké', 'precies': acknowledgements
const F_WH = 1 << 2; // question words
const F_NONVERB = 1 << 3; // words that can never be a finite verb at the start of a clause
const F_FINITE = 1 << 4; // common finite verb forms
const F_SUBJ = 1 << 5; // subject pronouns
const F_DET = 1 << 6; // determiners / possessives that start a subject noun phrase
const F_IMP = 1 << 7; // bare imperative stems ('bel', 'neem')
const F_PREP = 1 << 8; // prepositions
const F_SUBORD = 1 << 9; // subordinating conjunctions
const F_FEEL = 1 << 10; // feeling words
const F_DEEP = 1 << 11; // meaning / value / unspoken-layer words
const F_INFO = 1 << 12; // procedure, law, provisions
const F_SMALL = 1 << 13; // coffee, weather, greetings, thanks
const F_SOLUTION = 1 << 14; // provisions and services one can propose
const F_PRAISE = 1 << 15; // praise words
const F_PROC = 1 << 16; // procedural acts one asks permission for (notes, sitting down)
const F_IMP_PART = 1 << 17; // 'maar', 'gerust', 'vooral': mark a polite imperative
const F_POLITE_IMP = 1 << 18; // -t forms used in polite imperatives ('belt u even')
const F_CONJ = 1 << 19; // coordinating conjunctions skipped at clause start
const F_EXCL = 1 << 20; // adjectives after 'wat' in an exclamation ('wat knap', 'wat een')
const F_VOC = 1 << 21; // forms of address
const F_UREF = 1 << 22; // u / uw / uzelf (and je/jij/jouw mapped onto them)
const F_CLOSED_HOE = 1 << 23; // after 'hoe': oud, vaak, laat, lang → one fact
const F_CLOSED_WELKE = 1 << 24; // after 'welke': dag, datum, tijd → one fact
const F_NOUN_POSS = 1 << 25; // nouns that make a preceding 'je' possessive
const F_ACTION_1P = 1 << 26; // verbs of arranging in first person ('regel', 'vraag', 'zet')
const F_NEG = 1 << 27; // niet, geen, nooit
const F_DOC = 1 << 28; // documents of the procedure: verslag, brief, beschikking
const F_AGENT = 1 << 29; // people and bodies that act on the client: huisarts, gemeente, leverancier
const F_LIFE = 1 << 30; // the client's daily life as a subject: trap, douche, rekeningen, huishouden
const F_SEND = 1 << 31; // sending a document: mail, stuur (a procedural act, not a proposal)

const LEX = new Map<string, number>();
function lex(flag: number, words: string): void {
  for (const w of words.split(/\s+/)) {
    if (!w) continue;
    LEX.set(w, (LEX.get(w) ?? 0) | flag);
  }
}

lex(F_FILLER, 'eh ehm ehh euh uh uhm um hm hmm hmmm mm mmm mhm nou tja nouja enfin he hey hee oh o ah ach och goh oei oeps jee tsja');
lex(F_ACK, `graag ja jaja jawel jazeker oke goed prima precies inderdaad juist klopt mhm hm hmm aha ah oh zeker
  natuurlijk helder duidelijk top fijn mooi akkoord begrijpelijk nee neenee snap begrijp nou tja welnu`);
lex(F_WH, 'wat hoe welke welk waar waarom wie wiens waardoor waarmee waarover waarin waarop waarvan waaraan waarbij waarnaar waarvoor waarheen wanneer hoeveel hoelang hoezo');
lex(F_CONJ, 'en maar of want');
lex(F_VOC, 'mevrouw meneer mevr mw dhr heer juffrouw mam pap oma opa schat lieverd');
lex(F_UREF, 'u uw uzelf');
lex(F_NEG, 'niet geen nooit niks niets');
lex(F_SUBJ, 'u ik we wij ze zij hij jullie men iemand het er');
lex(F_DET, 'uw de een mijn dit die deze zon haar zijn jullie dat ons onze iemand');
lex(F_PREP, `voor met bij aan op in van naar over door om tot zonder tegen na sinds volgens namens behalve
  onder boven achter naast tussen via per vanaf vanuit richting rond rondom tijdens wegens`);
lex(F_SUBORD, 'als wanneer omdat doordat zodat terwijl hoewel toen nadat voordat zodra indien mits tenzij zoals alsof sinds ofschoon aangezien nu');
lex(F_NONVERB, `de het een dat die dit deze uw mijn ik we wij ze zij hij u er men iemand iets niemand niets alles
  dan nu toen ook nog samen zo dus daarom daarna eerst misschien soms vaak altijd nooit straks morgen vandaag gisteren
  hier daar eigenlijk gewoon echt zeker wel niet graag juist precies inderdaad alleen heel erg best wat hoe welke
  welk waar waarom wie wanneer hoeveel hoelang en maar of want als omdat doordat zodat terwijl hoewel nadat voordat
  zodra zoals alsof sinds goed mooi fijn knap sterk prima oke ja nee nou eh tja helaas gelukkig natuurlijk kortom
  samengevat trouwens verder bovendien daarnaast ten tenslotte uiteindelijk meestal vroeger tegenwoordig ineens
  opeens zelf uzelf zeg hoor even eens beetje veel weinig meer minder vooral ook allemaal beide bijna ongeveer
  mevrouw meneer voor met bij aan op in van naar over door om tot zonder tegen na volgens naast tussen via per
  goedemorgen goedemiddag goedenavond hallo hoi dag dank bedankt dankjewel dankuwel sorry oh ah ach jammer
  lastig moeilijk zwaar vervelend naar rot eenzaam verdrietig bang moe trots boos blij dapper slim verstandig
  klinkt lijkt bijvoorbeeld eventueel sowieso misschien wellicht mogelijk trouwens overigens`);
for (const w of ['ook', 'nog']) LEX.set(w, (LEX.get(w) ?? 0) | F_NONVERB);

lex(F_FINITE, `is ben bent zijn was waren heeft heb hebben had hadden kan kunt kun kunnen kon konden wil wilt willen
  wou wilde mag mogen mocht moet moeten moest zou zouden zal zult zullen gaat ga gaan ging komt kom komen kwam
  doet doe doen deed weet weten wist vindt vinden vond ziet zie zien zag woont woon wonen woonde krijgt krijg
  krijgen kreeg lukt lukte klopt klopte gebruikt gebruik wordt worden werd blijft blijf blijven bleef staat sta
  staan stond zit zitten zat ligt liggen lag loopt loop lopen liep rijdt rij rijden reed eet eten at slaapt slaap
  voelt voel merkt merk denkt denk hoopt hoop mist mis kent ken snapt begrijpt bedoelt zegt zeg vertelt vertel
  verteld helpt help hielp speelt werkt werk kookt kook doucht fietst wandelt valt viel houdt hou houd leeft
  ervaart herkent hoort spreekt ontvangt betaalt regelt zorgt verzorgt past bevalt scheelt gebeurt gebeurde
  heet neemt neem belt bel vraagt vraag maakt maak laat zet legt leg geeft geef probeert probeer durft durf
  schaamt noemt noemde reageert reageerde verloopt ervaart kijkt kijk redt red haalt haal doet slaapt kan
  lijkt klinkt voelt`);

lex(F_IMP, `bel neem vraag ga kijk probeer zoek schrijf meld vul stuur laat doe zet maak regel pak let zorg denk
  vergeet blijf hou houd eet drink koop gebruik schakel leg geef bespreek overweeg accepteer wacht begin stop
  oefen lees plan volg loop rust beweeg sta ruim gooi haal breng informeer check controleer kom huur neem
  bestel meld vraag overleg praat pas bewaar spreek teken onderteken kies onthoud noteer bedenk`);
lex(F_POLITE_IMP, `belt neemt vraagt kijkt vult stuurt probeert zoekt schakelt meldt let zet leest denkt geeft
  loopt schrijft legt gaat doet maakt regelt laat houdt zorgt komt bestelt overlegt praat haalt brengt`);
lex(F_IMP_PART, 'maar gerust vooral alstublieft alsjeblieft asjeblieft svp rustig');

lex(F_FEEL, `tegenop opzien dwars emotioneel ontroerd geraakt eenzaam eenzame eenzaamheid verdriet verdrietig verdrietige bang angst angstig bezorgd ongerust zorgen
  schaam schaamt schaamte schamen trots moe doodmoe vermoeid uitgeput zwaar zware onzeker onzekere onzekerheid
  gemis lastig lastige boos boze kwaad opluchting opgelucht frustrerend gefrustreerd frustratie teleurgesteld
  teleurstelling machteloos hulpeloos somber down rouw pijn pijnlijk spannend spannende eng gespannen stress
  gestrest overbelast overvraagd wanhopig radeloos blij gelukkig dankbaar heimwee ellendig moeilijk moeilijke
  vervelend vervelende naar nare rot onrustig schuldig jaloers verlangt wanhoop confronterend ingrijpend
  heftig heftige pittig pittige overweldigd ontmoedigd verloren leeg kwijt vertrouwen bangig eenzaamheid
  gevoel gevoelens voelen voelt voel voelde zenuwachtig nerveus piekert piekeren wakker geraakt raakt treurig
  alleen verslagen verdrietigheid gemist machteloosheid moeilijker zwaarder lastiger eenzamer onzekerder
  banger somberder`);
lex(F_DEEP, `stiekem terwijl tegelijk tegelijkertijd alsof belangrijk waardevol betekenis
  zelfstandig zelfstandigheid onafhankelijk afhankelijk regie waardig waardigheid vrijheid last opgeven falen faalt
  enerzijds anderzijds stilte herinneringen lastigvallen belasten opzadelen herinnering loslaten inleveren verandering omslag klap verlies gemis worsteling strijd`);
lex(F_INFO, `wmo gemeente gemeentelijke beschikking besluit indicatie bijdrage cak procedure wettelijk wet bezwaar
  termijn verslag gespreksverslag ondertekenen bruikleen vergoedt vergoed vergoeding zorgverzekeraar
  zorgverzekering wachtlijst gratis kosteloos euro consulent huisbezoek clientondersteuning mantelzorgwaardering
  regeling voorwaarden geldt gelden formulier handtekening gegevens privacy dossier aanvraag inkomen
  verplicht verplichting regels wijkteam buurthuis inloop spreekuur planning collega tevoren minstens uiterlijk principe organisaties
  bibliotheek zorgverzekeringswet wlz zvw toeslag huurtoeslag zorgtoeslag brief bericht uitnodiging
  ergotherapeut indicatiestelling maatwerkvoorziening voorziening voorzieningen eigenbijdrage budgetcursus`);
lex(F_SMALL, `goedemorgen goedemiddag goedenavond goedendag hallo hoi hey welkom doei ziens
  dankjewel dankuwel dankje bedankt bedankje merci thanks koffie thee kopje koekje koekjes suiker melk
  jas regen regent regenachtig sneeuw sneeuwt zonnetje parkeren geparkeerd parkeerplek weertje vensterbank
  planten schilderij foto fotos poes katje hondje taart sorry excuus excuses schoenen toilet wc dichtdoen opendoen
  moi bui bakkie braderie wedstrijd verjaardag feestdagen kermis niezen hoesten geraniums gastvrijheid schaatsen
  wielrennen finale gelegen navigatie tomtom jarig gefeliciteerd proficiat slingers binnenlaat binnenlaten`);
lex(F_LIFE, `geld aankleden uitkleden opstaan vaat afwas trap trappen douche douchen badkamer bad was wassen rekeningen post huis woning keuken tuin boodschappen
  huishouden koken schoonmaken stofzuigen strijken bukken lopen traplopen slapen pijn knie knieen heup rug benen
  geheugen nachten avonden dagen ochtenden schulden brieven probleem problemen deur ramen kastjes`);
lex(F_SEND, 'mail mailen mailt stuur sturen opsturen doorsturen toesturen meegeven');
lex(F_SOLUTION, `hulp huishoudelijke scootmobiel rolstoel rollator traplift maaltijdservice maaltijden taxi regiotaxi
  vervoer alarm alarmknop personenalarmering dagbesteding thuiszorg schoonmaakhulp schoonmaker woningaanpassing
  aanpassing douchestoel beugels pgb begeleiding budgetcoach schuldhulp schuldhulpverlening maatje vrijwilliger
  respijtzorg logeeropvang mantelzorgmakelaar clientondersteuner ergotherapeut boodschappendienst parkeerkaart
  gehandicaptenparkeerkaart buurtbus lotgenotengroep wijkverpleging huishoudhulp hulpmiddel hulpmiddelen
  schuldhulpmaatje alarmering thuishulp rolstoeltaxi maaltijd mantelzorgondersteuning alzheimercafe soos
  wasmachine scootmobielen logeerhuis zorgboerderij dagopvang`);
lex(F_PRAISE, `knap talent doorzetter doorzettingsvermogen vechter bewondering bewonder petje getuigt prestatie compliment
  complimenten veerkracht veerkrachtig vindingrijk zorgzaam dapper moedig kei siert waardeer respect krachtig
  sterke doorbijter krachtpatser topper kanjer`);
lex(F_PROC, `telefonisch terugkom terugkomen langskom langskomen aantekeningen aantekening notities opschrijf opschrijven noteer noteren meeschrijf meeschrijven
  binnenkom binnenkomen foto opname opneem opnemen vastleg vastleggen jas raam tv televisie radio zitten
  ga rondkijk`);
lex(F_EXCL, `een fijn mooi goed knap sterk leuk lekker heerlijk jammer vervelend naar rot erg verdrietig moeilijk
  lastig zwaar akelig pijnlijk heftig gezellig bijzonder prachtig dapper moedig slim verstandig lief lieve
  leuke mooie gezellige ontzettend vreselijk afschuwelijk triest sneu ellendig schrikken handig interessant
  spannend eng raar vreemd zonde vervelende nare rotte naar fijne knappe sterke fantastisch geweldig super
  prima schitterend boeiend treurig`);
lex(F_CLOSED_HOE, 'oud vaak laat lang heet ver veel');
lex(F_CLOSED_WELKE, 'dag dagen datum tijd tijdstip jaar maand week nummer adres verdieping uur naam kamer');
lex(F_NOUN_POSS, `dochter zoon moeder vader man vrouw broer zus kinderen kind buren buurman buurvrouw huis
  schulden administratie huisarts partner familie kleinkinderen vriend vriendin ouders auto fiets tuin post geld
  rekeningen medicijnen eten leven gezondheid benen rug knie knieen heup hoofd werk situatie netwerk kamer
  schoonzoon schoondochter kleindochter kleinzoon nichtje neef tante oom vrienden vriendinnen hond kat
  rollator scootmobiel boodschappen huishouden week dag ochtend avond nachten gevoel zorgen`);
lex(F_DOC, 'verslag gespreksverslag brief brieven beschikking besluit bericht uitnodiging formulier folder samenvatting email mail');
lex(F_AGENT, `huisarts dokter gemeente thuiszorg leverancier collega consulent ergotherapeut wijkteam buurvrouw buurman
  vrijwilliger organisatie aanbieder zorgaanbieder wijkverpleegkundige wijkverpleging fysiotherapeut specialist
  cak verzekeraar zorgverzekeraar iemand medewerker taxi chauffeur bank deurwaarder budgetcoach maatje`);
lex(F_ACTION_1P, `schrijf regel regelen vraag aanvragen zet inzetten bestel bestellen meld aanmelden schakel inschakelen
  zorg organiseer organiseren bel bellen stuur maak plan inplannen geef regelen zoek`);

// Chat spellings, typos and second-person forms mapped onto one spelling.
const VARIANTS = new Map<string, string>([
  ['je', 'u'], ['jij', 'u'], ['jou', 'u'], ['jouw', 'uw'], ['jezelf', 'uzelf'], ['jullie', 'u'], ['ge', 'u'],
  ['uwe', 'uw'], ['hebt', 'heeft'], ['vind', 'vindt'], ['word', 'wordt'], ['ff', 'even'], ['effe', 'even'],
  ['k', 'ik'], ['t', 'het'], ['n', 'een'], ['da', 'dat'], ['wa', 'wat'], ['wt', 'wat'], ['waat', 'wat'],
  ['wst', 'wat'], ['hoew', 'hoe'], ['mss', 'misschien'], ['misch', 'misschien'],
  ['mischien', 'misschien'], ['misschein', 'misschien'], ['idd', 'inderdaad'], ['ok', 'oke'], ['jaa', 'ja'], ['jah', 'ja'], ['jep', 'ja'], ['yes', 'ja'], ['neej', 'nee'], ['neuh', 'nee'], ['nope', 'nee'], ['okay', 'oke'],
  ['okee', 'oke'], ['okey', 'oke'], ['oki', 'oke'], ['okido', 'oke'], ['okej', 'oke'], ['mn', 'mijn'], ['m', 'hem'],
  ['zn', 'zijn'], ['nie', 'niet'], ['ni', 'niet'], ['nt', 'niet'], ['dr', 'er'], ['der', 'er'],
  ['goeiemorgen', 'goedemorgen'], ['goedenmorgen', 'goedemorgen'], ['goemorgen', 'goedemorgen'],
  ['goeiemiddag', 'goedemiddag'], ['goedenmiddag', 'goedemiddag'], ['goeienavond', 'goedenavond'],
  ['goedeavond', 'goedenavond'], ['goeiedag', 'goedendag'], ['goededag', 'goedendag'], ['dankuwel', 'dankuwel'],
  ['dankjwl', 'dankjewel'], ['dankjewell', 'dankjewel'], ['thnx', 'thanks'], ['thx', 'thanks'], ['bedankr', 'bedankt'],
  ['hoi', 'hoi'], ['hallo', 'hallo'], ['hai', 'hoi'], ['hoii', 'hoi'], ['doeg', 'doei'],
  ['scootmobile', 'scootmobiel'], ['scootmobil', 'scootmobiel'], ['scotmobiel', 'scootmobiel'],
  ['scootermobiel', 'scootmobiel'], ['scooter', 'scootmobiel'], ['scootmobielen', 'scootmobiel'],
  ['huishoudelyke', 'huishoudelijke'], ['eensaam', 'eenzaam'], ['eenzam', 'eenzaam'], ['eezaam', 'eenzaam'],
  ['verdriettig', 'verdrietig'], ['verdietig', 'verdrietig'], ['moeielijk', 'moeilijk'], ['moelijk', 'moeilijk'],
  ['moeilyk', 'moeilijk'], ['lasitg', 'lastig'], ['zwar', 'zwaar'], ['zwaaar', 'zwaar'],
  ['klikt', 'klinkt'], ['klinkt', 'klinkt'], ['klint', 'klinkt'], ['alsov', 'alsof'],
  ['eiglijk', 'eigenlijk'], ['eigelijk', 'eigenlijk'], ['eigenlyk', 'eigenlijk'], ['eigenlik', 'eigenlijk'],
  ['begrijp', 'begrijp'], ['begrijpt', 'begrijpt'], ['begreip', 'begrijp'], ['begrijpp', 'begrijp'],
  ['snap', 'snap'], ['samenvat', 'samenvat'], ['samenvatt', 'samenvat'], ['samegevat', 'samengevat'],
  ['samengvat', 'samengevat'], ['samenvatend', 'samenvattend'], ['vertelld', 'verteld'],
  ['vertell', 'vertel'], ['vertelr', 'vertelt'], ['wanner', 'wanneer'], ['waneer', 'wanneer'],
  ['hoevaak', 'hoe'], ['waarom', 'waarom'], ['warom', 'waarom'], ['waaron', 'waarom'],
  ['heft', 'heeft'], ['heefd', 'heeft'], ['heef', 'heeft'], ['hept', 'heeft'], ['hebd', 'heeft'],
  ['woond', 'woont'], ['wond', 'woont'], ['kund', 'kunt'], ['bend', 'bent'], ['zecht', 'zegt'], ['zegd', 'zegt'],
  ['mertk', 'merkt'], ['merkd', 'merkt'], ['voeld', 'voelt'], ['wild', 'wilt'], ['gaad', 'gaat'],
  ['vinddt', 'vindt'], ['vinnen', 'vinden'], ['knapp', 'knap'], ['kanp', 'knap'],
  ['wijkteam', 'wijkteam'], ['clientondersteuning', 'clientondersteuning'], ['kijkt', 'kijkt'],
  ['koffe', 'koffie'], ['kofie', 'koffie'], ['kooffie', 'koffie'], ['thee', 'thee'],
  ['aub', 'alstublieft'], ['asjeblieft', 'alstublieft'], ['alsjeblieft', 'alstublieft'], ['astublieft', 'alstublieft'],
  ['mevr', 'mevrouw'], ['mw', 'mevrouw'], ['mvr', 'mevrouw'], ['dhr', 'meneer'], ['mnr', 'meneer'],
  ['sws', 'sowieso'], ['evt', 'eventueel'], ['bijv', 'bijvoorbeeld'], ['bv', 'bijvoorbeeld'],
  ['oja', 'oja'], ['ohja', 'oja'], ['toc', 'toch'], ['tog', 'toch'], ['klop', 'klopt'], ['kloppt', 'klopt'],
  ['zorgn', 'zorgen'], ['bezorgt', 'bezorgt'], ['wmo', 'wmo'], ['pgb', 'pgb'], ['cjg', 'cjg'],
]);

// Typos of longer key words: one dropped letter or two swapped letters, generated at load.
const TYPO_TARGETS = `eenzaam verdrietig samenvat samengevat samenvatten begrijp begrepen vertelt vertellen klinkt alsof
  eigenlijk goedemorgen goedemiddag dankjewel bedankt misschien moeilijk lastig zorgen onzeker verstandig
  voorstellen beschrijven waardoor waarmee waarover wanneer hoeveel woont heeft voelt merkt vindt knap
  huishoudelijke boodschappen scootmobiel maaltijdservice dagbesteding thuiszorg mantelzorger schulden
  benieuwd eventueel afhankelijk zelfstandig doorzetter bewondering waarom welke verdriet schaamt opluchting
  moeten kunnen gesprek gemeente aanvraag verslag gebruikt gebruiken probeer regelen aanvragen advies
  suggestie overwegen ervan daarvan vinden openstaan mogelijkheden informatie toestemming dochter`;

function buildTypos(): void {
  const known = new Set<string>(LEX.keys());
  for (const v of VARIANTS.values()) known.add(v);
  for (const k of VARIANTS.keys()) known.add(k);
  const extra = `wel wil wilt mag kan woon woont heel toen komt weet zien zegt meer merk voel vind welk dat dit
    wat was des eens kijk zeg lang last laat open rust daar klink klinkt alsof meten moten begrip advise inden
    vinde kunne moete beieuwd gemeent verdrie schulde welken`;
  for (const w of extra.split(/\s+/)) if (w) known.add(w);
  for (const word of TYPO_TARGETS.split(/\s+/)) {
    if (word.length < 5) continue;
    const add = (v: string) => {
      if (v.length >= 5 && !known.has(v) && !VARIANTS.has(v)) VARIANTS.set(v, word);
    };
    for (let i = 0; i < word.length; i++) add(word.slice(0, i) + word.slice(i + 1));
    for (let i = 0; i + 1 < word.length; i++) {
      if (word[i] === word[i + 1]) continue;
      add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
    }
  }
}
buildTypos();


function flagsOf(tok: string | undefined): number {
  return tok === undefined ? 0 : (LEX.get(tok) ?? 0);
}

// ---------------------------------------------------------------------------------------------
// Phrase index. A phrase is a sequence of slots: alternatives 'a|b', '*' (any one token),
// '~N' (skip 0..N tokens), '$' (clause ends here). A leading '^' anchors the phrase at the
// content start of a segment or clause.

const P_PERMIT = 0; // advice with permission, asked outright
const P_PERM_ASK = 1; // 'vindt u het goed als ik …': permission unless procedural
const P_ELICIT = 2; // 'wat vindt u daarvan', 'hoe klinkt dat'
const P_AUTONOMY = 3; // 'u bepaalt zelf', 'het is aan u'
const P_FOR_YOU = 4; // 'iets voor u'
const P_INVITE = 5; // 'vertel eens', 'kunt u beschrijven'
const P_EMBED_Q = 6; // 'ik ben benieuwd', 'ik vraag me af' (+ wh or 'of')
const P_CHECK = 7; // tag: 'klopt dat', 'toch', 'heb ik dat goed'
const P_SUMMARY = 8; // summarising openers
const P_UNDERSTAND = 9; // 'als ik u goed begrijp'
const P_REFLECT = 10; // reflection openers
const P_DEEP = 11; // complex-layer phrases
const P_PRAISE = 12; // affirmations
const P_ADVICE = 13; // prescriptive advice
const P_ADVICE_Q = 14; // advice disguised as a question
const P_ADVICE_SOFT = 15; // suggestions ('u kunt ook', 'misschien is … iets voor u')
const P_PROMISE = 16; // 'dan regel ik', 'ik vraag … aan'
const P_INFO = 17; // information phrases
const P_SMALL = 18; // small-talk phrases
const P_ACK = 19; // whole-clause acknowledgements
const P_EMPATHY = 20; // 'wat vervelend', 'wat naar'
const P_NOT_Q = 21; // blocks a wh-start from being a question ('hoe dan ook')
const P_CLOSED_FACT = 22; // 'wat is uw adres'
const P_PERM_COND = 23; // 'als u wilt', 'als u het goed vindt'
const P_OFFER = 24; // 'zal ik', 'zullen we', 'wilt u dat ik': an offer (permission)
const P_INFO_PROC = 25; // 'ik leg vast', 'ik noteer'
const P_OPEN_MORE = 26; // 'en verder', 'wat nog meer'
const P_EMPATHY_ACK = 27; // 'dat kan ik me voorstellen'
const P_INTRO = 28; // 'Ik ben Tom.': an introduction by name
const P_THANKS = 29; // gratitude: 'fijn dat u tijd voor me heeft'
const P_INFO_OFFER = 30; // 'ik wil u iets vertellen over…', 'ik heb een tip'
const P_CLIENT_PRED = 31; // 'het koken lukt niet meer': the client's abilities without 'u'
const P_SMALL_FIRST = 32; // small talk that outranks advice/reflection cues: farewells, own chores, arrival
const P_RECAP = 33; // 'Nog even de afspraken:', 'Dan is het plan:' (a summary when a list follows)
const P_PRAISE_WEAK = 34; // 'u heeft al van alles geprobeerd': praise unless a feeling layer follows
const P_TAIL_PRAISE = 35; // ', dat is niet niks' after what the client did
const N_CAT = 36;

const PHRASES: readonly (readonly [number, string])[] = [
  // -- advice with permission
  [P_PERMIT, 'mag|mogen ik|we ~4 bespreken|voorstellen|voorstel|voorstelletje|tip|tips|tipje|suggestie|suggesties|advies|adviseren|idee|ideetje|aanraden|meegeven|delen|uitleggen|noemen|informatie|info|voorleggen|aanbieden|vertellen|mogelijkheden|opties|ideeen|zeggen|opmerken'],
  [P_PERMIT, 'mag|mogen ik|we die|dat|ze|deze geven|delen|noemen|vertellen|uitleggen|voorstellen|voorleggen'],
  [P_PERMIT, 'wat vindt|vond|zou u ervan|daarvan|daar|er ~1 om'],
  [P_PERMIT, 'wat vindt|vond|zou u ervan|daarvan|er ~1 als ik|we|wij|er|iemand|u|de|het|een'],
  [P_PERMIT, 'wat vindt|vond|zou u daar ~1 als ik|we|er|iemand'],
  [P_PERMIT, 'wat zou u ervan|daarvan|er vinden om'],
  [P_PERMIT, 'wat zou u ervan|daarvan|er vinden als ik|we|wij|er|iemand|u|de|het|een'],
  [P_PERMIT, 'zou|vindt u het ~1 idee ~1 vinden'],
  [P_PERMIT, 'wat vindt|zou u ~1 van het|dat idee'],
  [P_PERMIT, 'hoe zou|vindt u het ~1 vinden om|als'],
  [P_PERMIT, 'hoe zou u het vinden'],
  [P_PERMIT, 'hoe zou het ~3 zijn|lijken|voelen om|als'],
  [P_PERMIT, 'zou|zal het ~1 u ~1 helpen als|om'],
  [P_PERMIT, 'hoe vindt u het idee'],
  [P_PERMIT, 'hoe staat|kijkt u ~4 idee'],
  [P_PERMIT, 'wat denkt|dacht u van'],
  [P_PERMIT, 'staat u ~2 open voor'],
  [P_PERMIT, 'staat u ervoor|daarvoor|er open'],
  [P_PERMIT, 'u ~2 ervoor|daarvoor|er openstaan'],
  [P_PERMIT, 'u ~2 ervoor|daarvoor|er open staan'],
  [P_PERMIT, 'openstaan voor'],
  [P_PERMIT, 'wil|wilt|zou u ~3 horen'],
  [P_PERMIT, 'wil|wilt|zou u ~2 meer weten|horen over'],
  [P_PERMIT, 'wil|wilt|zou u dat ik|we'],
  [P_PERMIT, 'zou|wilt|wil u ~3 willen overwegen|proberen'],
  [P_PERMIT, 'wilt|wil u ~3 overwegen|proberen'],
  [P_PERMIT, 'heeft|heb u ~4 nagedacht|gedacht over|aan een|om'],
  [P_PERMIT, 'heeft|heb u ~3 aan gedacht om'],
  [P_PERMIT, 'heeft|heb u ~4 nagedacht|gedacht om'],
  [P_PERMIT, 'iets voor voelen'],
  [P_PERMIT, 'voelt|voel u ~3 iets voor'],
  [P_PERMIT, 'zou|is|was|lijkt het ~2 idee'],
  [P_PERMIT, 'zou|ziet u het|dat|dit ~1 zien ~1 zitten'],
  [P_PERMIT, 'ziet u het|dat ~1 zitten om|als'],
  [P_PERMIT, 'heeft|heb u ~2 interesse|belangstelling in|voor'],
  [P_PERMIT, 'zal ik ~4 vertellen|uitleggen|noemen|delen|geven|voorstellen|laten'],
  [P_PERM_ASK, 'zou|zoudt|vindt u het ~1 goed|fijn|prettig|oke|ok|goedvinden ~1 als|dat ik|we'],
  [P_PERM_ASK, 'is|zou|vindt het ~1 goed|oke|ok|goed|prettig|fijn ~1 als|dat ik|we'],
  [P_PERM_ASK, 'vindt u het goed als|dat'],
  [P_PERM_ASK, 'mag ik ~2 u ~2 helpen|bellen|aanmelden'],
  [P_OFFER, '^zal|zullen ik|we'],
  [P_OFFER, '^wil|wilt u dat ik|we'],
  [P_PERM_COND, 'als|mocht|wanneer u wilt|willen|wil|wenst $'],
  [P_PERM_COND, 'als|mocht|wanneer u dat|dit|het ~2 wilt|willen|wil|wenst $'],
  [P_PERM_COND, 'als|mocht u ~1 wilt|wil|willen kan|kunnen|kunt|dan|mag'],
  [P_PERM_COND, 'als u het ~1 goed|prima|oke|ok|fijn|prettig vindt'],
  [P_PERM_COND, 'als|mocht u ~2 behoefte|openstaat|interesse|belangstelling'],
  [P_PERM_COND, 'als|mocht u dat|het prettig|fijn vindt $'],
  [P_PERM_COND, 'als u er ~1 open voor staat'],
  [P_PERM_COND, 'alleen als u dat wilt'],
  [P_PERM_COND, '^als u wilt|wil geef|stuur|noem|vertel|regel|zoek|geven|sturen ik|we'],
  [P_PERM_COND, 'als ik ~3 tip|tips|advies|suggestie|idee|voorstel mag|zou'],
  [P_AUTONOMY, 'u bepaalt|beslist|kiest|kies|beslis|bepaal ~2 zelf'],
  [P_AUTONOMY, 'het is ~1 aan u'],
  [P_AUTONOMY, 'u|uzelf beslist|bepaalt|kiest|beslis|bepaal|kies $'],
  [P_AUTONOMY, 'maar u beslist|bepaalt|kiest|beslis|bepaal|kies'],
  [P_AUTONOMY, 'aan u de|het keuze|keus|besluit'],
  [P_AUTONOMY, 'de keuze|keus is ~1 aan u'],
  [P_AUTONOMY, 'het is uw keuze|keus|beslissing'],
  [P_AUTONOMY, 'is het uw keuze|keus|beslissing'],
  [P_AUTONOMY, 'u bent ~2 nergens|niet toe verplicht'],
  [P_AUTONOMY, 'u mag ~2 zelf ~3 kiezen|beslissen|bepalen|weten'],
  [P_AUTONOMY, 'wat|of ~3 bij u past'],
  [P_AUTONOMY, 'u zegt het maar'],
  [P_AUTONOMY, 'u hoeft ~3 niet ~2 als u'],
  [P_AUTONOMY, 'denkt u er ~2 over na'],
  [P_AUTONOMY, 'u hoeft het|dat niet te doen $'],
  [P_ELICIT, 'wat vindt|denkt|zegt|zou u daarvan|ervan|daar|hiervan|daarover|erover'],
  [P_ELICIT, 'hoe kijkt|staat|denkt u daar|daartegenaan|ertegenaan|daartegenover|daarover|erover|hier'],
  [P_ELICIT, 'hoe klinkt dat|dit|het'],
  [P_ELICIT, 'hoe zou dat|dit|het ~2 voor u|jou|je|jullie zijn'],
  [P_ELICIT, 'hoe zou u|je|jullie dat|dit|het ~2 vinden'],
  [P_ELICIT, 'hoe vindt|voelt u|je dat|dit|het'],
  [P_ELICIT, 'hoe voelt dat|dit|het ~2 voor u|jou|je'],
  [P_ELICIT, '^wat denkt|vindt|zegt u ~1 $'],
  [P_ELICIT, 'spreekt dat|dit|het u ~1 aan'],
  [P_ELICIT, 'zou|kan dat|dit|het ~3 helpen|werken|passen'],
  [P_ELICIT, 'is|lijkt dat|dit|het ~2 iets|wat voor'],
  [P_ELICIT, 'past dat|dit|het ~2 bij u'],
  [P_ELICIT, 'zou|is|lijkt|was dat|dit|het ~2 iets|wat ~1 $'],
  [P_ELICIT, 'ziet u dat|dit|het ~1 zitten'],
  [P_ELICIT, 'lijkt dat|dit|het u ~1 wat|iets'],
  [P_ELICIT, 'spreekt|spreken u ~3 aan'],
  [P_ELICIT, '^zou|wil|wilt u dat|dit|het|zoiets ~1 willen|proberen|overwegen $'],
  [P_ELICIT, 'zou|zal dat|dit|het|zoiets ~3 bij u passen'],
  [P_FOR_YOU, 'iets voor u|uw'],
  [P_CLIENT_PRED, 'lukt|lukken|lukte|gaat|ging ~3 niet|nog|wel|meer|moeizaam|slecht|moeilijk|lastig|prima|goed $'],
  [P_CLIENT_PRED, 'lukt|lukken|lukte|gaat|ging ~3 niet|nog|wel ~1 meer|goed|zelf'],
  [P_CLIENT_PRED, 'lukt|lukken|lukte als|alleen|zolang|met|zonder|wanneer'],
  [P_CLIENT_PRED, 'ging|liep|gaat ~1 goed|prima|fijn|beter|mis|achteruit|slechter|slecht ~1 tot|sinds|toen|totdat'],
  [P_INFO_OFFER, 'ik wil|zou|kan ~1 u ~3 vertellen|uitleggen|voorstellen|meegeven|laten|informatie|info|adviseren'],
  [P_INFO_OFFER, 'ik heb ~2 tip|tips|idee|ideeen|suggestie|suggesties|voorstel'],
  [P_FOR_YOU, 'zou|is|lijkt ~4 iets|oplossing voor u'],

  // -- questions
  [P_INVITE, '^vertel|vertelt|verteld|vertelde ~1 eens|me|mij|maar|meer|wat|iets|over|hoe|nog|gerust|alles|daar|er'],
  [P_INVITE, '^vertel|vertelt|verteld $'],
  [P_INVITE, '^vertelt|verteld u $'],
  [P_INVITE, '^neem|neemt ~1 me|mij|ons ~2 mee'],
  [P_INVITE, '^beschrijf|beschrijft|schets|schetst|omschrijf|omschrijft'],
  [P_INVITE, '^leg|legt ~3 uit'],
  [P_INVITE, '^kunt|kan|kun|wilt|wil|zou|zoudt|mag u ~4 vertellen|beschrijven|uitleggen|schetsen|toelichten|omschrijven|meenemen|zeggen|vertelle|vertele'],
  [P_INVITE, '^kunt|kan|kun|wilt|wil|zou u ~3 iets|wat|meer ~2 vertellen|zeggen|delen'],
  [P_INVITE, '^zeg ~1 het ~1 maar'],
  [P_INVITE, '^ik hoor ~1 graag'],
  [P_EMBED_Q, 'ik ben ~2 benieuwd|nieuwsgierig'],
  [P_EMBED_Q, 'ik vraag me|mij af'],
  [P_EMBED_Q, 'mag ik ~1 vragen'],
  [P_EMBED_Q, 'ik wil|zou ~3 vragen'],
  [P_EMBED_Q, 'ik wil|zou|wou ~2 graag|wel|even ~1 weten|horen|begrijpen'],
  [P_EMBED_Q, 'ik wil|zou ~1 graag ~1 weten|horen|begrijpen'],
  [P_EMBED_Q, 'ik ben ~1 nieuwsgierig'],
  [P_EMBED_Q, 'ik zou ~3 willen weten'],
  [P_OPEN_MORE, '^en verder $'],
  [P_OPEN_MORE, '^verder $'],
  [P_OPEN_MORE, '^wat nog meer'],
  [P_OPEN_MORE, '^nog meer $'],
  [P_OPEN_MORE, '^verder nog iets'],
  [P_NOT_Q, '^hoe dan ook'],
  [P_NOT_Q, '^wat dat betreft'],
  [P_NOT_Q, '^waar het om gaat'],
  [P_NOT_Q, '^wat ik ~2 hoor|begrijp|zie|merk'],
  [P_CLOSED_FACT, '^wat is|was uw|de naam|adres|telefoonnummer|geboortedatum|leeftijd|bsn|postcode|huisnummer|emailadres'],
  [P_CLOSED_FACT, '^in|om|sinds|tot|vanaf welk|welke|hoe jaar|tijd|laat|dag|datum'],
  [P_CHECK, '^klopt|kloppen dat|het|dit $'],
  [P_CHECK, '^klopt $'],
  [P_CHECK, '^toch|he|hé|niet|ja|right|oke|correct|juist $'],
  [P_CHECK, '^toch niet|wel $'],
  [P_CHECK, '^of niet|nee ~1 $'],
  [P_CHECK, '^niet dan|waar $'],
  [P_CHECK, '^heb|zie|hoor|begrijp|zeg|snap|vat ik ~1 dat|het|u ~2 goed|juist|correct ~1 $'],
  [P_CHECK, '^heb|zie|hoor|begrijp|zeg|snap ik ~1 dat|het|u ~1 goed ~2 begrepen|gehoord|samengevat|gezien $'],
  [P_CHECK, '^is dat|het ~1 zo|juist|correct|waar|goed|ongeveer|klopt $'],
  [P_CHECK, '^klopt dat|het ~3 $'],
  [P_CHECK, '^klopt mijn|dit|dat beeld|samenvatting $'],
  [P_CHECK, '^of heb|zit|zie|zeg ik ~4 $'],
  [P_CHECK, '^of vergis ik me|mij $'],
  [P_CHECK, '^zit ik ~3 goed|juist|ernaast|richting $'],
  [P_CHECK, '^of is dat ~2 anders $'],
  [P_CHECK, '^of zie ik dat verkeerd $'],
  [P_CHECK, '^mag dat|het $'],
  [P_CHECK, '^vindt u dat|het goed|oke|prima $'],
  // after a summary: 'Zit ik er goed mee?', 'Mis ik nog iets?', 'Heb ik iets gemist?', 'Herkent u dat?'
  [P_CHECK, '^zit ik ~3 goed|juist mee $'],
  [P_CHECK, '^mis|vergeet ik ~1 nog|iets ~3 $'],
  [P_CHECK, '^of mis|vergeet ik ~1 nog|iets ~3 $'],
  [P_CHECK, '^heb|ben ik ~2 iets|wat|niks|niets ~1 gemist|vergeten|overgeslagen $'],
  [P_CHECK, '^herkent u dat|dit|zich|het ~2 $'],
  [P_CHECK, '^wilt|wil|zou u ~3 iets|wat ~2 toevoegen|aanvullen $'],
  [P_CHECK, '^klopt dat|het|dit met ~5 $'],
  [P_CHECK, '^is dat|het goed|oke|prima $'],

  // -- summaries and reflections
  [P_SUMMARY, 'samengevat|samenvattend|samenvatten|samenvat'],
  [P_SUMMARY, 'vat|vatten ~3 samen'],
  [P_SUMMARY, 'op een rij|rijtje'],
  [P_SUMMARY, 'op rij|rijtje'],
  [P_SUMMARY, 'even kijken of ik ~3 heb|begrepen|gehoord|goed|alles'],
  [P_SUMMARY, 'alles bij elkaar ~1'],
  [P_SUMMARY, '^kortom'],
  [P_SUMMARY, 'dus kortom'],
  [P_SUMMARY, 'kort gezegd|samengevat'],
  [P_SUMMARY, 'tot nu toe ~3 verteld|gehoord|gezegd|besproken|hoor'],
  [P_SUMMARY, 'wat ik tot nu toe'],
  [P_SUMMARY, 'we|wij hebben het ~2 gehad over'],
  [P_SUMMARY, 'u heeft ~2 verteld|gezegd over'],
  [P_SUMMARY, 'ik hoor een|drie|twee|vier ~1 paar|aantal|dingen'],
  [P_SUMMARY, 'het gaat ~3 om ~2 dingen|zaken|punten'],
  [P_SUMMARY, 'als ik alles ~3 zet|neem|samen'],
  [P_SUMMARY, 'laat ik ~2 samenvatten|opsommen|samen'],
  [P_SUMMARY, 'even samen'],
  [P_SUMMARY, 'samen gevat|vattend|vatten|vat'],
  [P_RECAP, 'afspraken|afgesproken|besloten|plan|samenvatting|conclusie ~3 $'],
  [P_RECAP, 'afspraken|plan|conclusie zijn|is|waren ~1 $'],
  [P_RECAP, 'af te ronden|sluiten $'],
  [P_RECAP, 'afsluiting|afronding|slot $'],
  [P_RECAP, 'herhalen|herhaal|opsommen|opsomming|samenvatten $'],
  [P_RECAP, 'we|wij spreken|spraken ~2 af $'],
  [P_RECAP, 'terug naar de afspraken|plannen $'],
  [P_UNDERSTAND, 'als ik u|het|dat ~1 goed|juist|goed ~1 begrijp|begrepen|hoor|heb|volg|versta|zie|snap'],
  [P_UNDERSTAND, 'als ik ~2 begrepen heb'],
  [P_UNDERSTAND, 'als ik u goed begrijp'],
  [P_UNDERSTAND, 'als ik u|het ~1 zo|goed hoor|beluister|zie'],
  [P_REFLECT, '^u zegt|zei|zeg|zegde|vertelt|vertelde|verteld|bedoelt|bedoel|noemt|noemde|beschrijft|schetst'],
  [P_REFLECT, '^u geeft|gaf ~3 aan'],
  [P_REFLECT, '^u merkt|merk|merkte|voelt|voel|voelde|ervaart|ervaarde|vindt|vond|hoopt|hoop|twijfelt|denkt|dacht|mist|miste|ziet|zag|wilt|wil|wou|wilde|maakt|schaamt|houdt|herkent|kent|durft|zou'],
  [P_REFLECT, '^u heeft ~2 gevoel|idee|moeite|last|zorgen|behoefte|verdriet|pijn|spijt'],
  [P_REFLECT, '^u bent ~3 bang|bezorgd|trots|moe|boos|blij|onzeker|bang|verdrietig|eenzaam|opgelucht|teleurgesteld|klaar'],
  [P_REFLECT, '^u zit ~2 ermee|mee|erover'],
  [P_REFLECT, '^het|dat klinkt|lijkt|voelt|leek|klonk'],
  [P_REFLECT, '^klinkt|lijkt|voelt'],
  [P_REFLECT, '^zo te horen'],
  [P_REFLECT, '^het|dat moet ~4 zijn|voelen|geweest|wezen'],
  [P_REFLECT, '^dat|het is ~2 veel|zwaar|lastig|moeilijk|pittig|heftig|ingrijpend|zwaar|eenzaam|verdrietig|vervelend|confronterend|rot|spannend|ellendig|stil|nogal'],
  [P_REFLECT, '^dat|het is ~1 niet niks|makkelijk|eenvoudig|gemakkelijk|fijn|leuk'],
  [P_REFLECT, '^dat|het is ~3 verandering|omslag|overgang|klap|verlies|gemis|stap|opgave|puzzel|zoektocht|worsteling|strijd|klus|flinke|behoorlijke|hele|opgave|uitdaging'],
  [P_REFLECT, '^dat|het is ~4 voor u $'],
  [P_REFLECT, '^ik hoor|proef|merk|zie|begrijp|snap ~2 dat|u|uit|van|iets|eigenlijk'],
  [P_REFLECT, '^ik hoor u ~1 zeggen'],
  [P_REFLECT, '^ik heb ~1 begrepen|gehoord dat'],
  [P_REFLECT, '^wat ik ~3 hoor|begrijp|merk|zie'],
  [P_REFLECT, '^ik heb|krijg ~3 idee|gevoel|indruk'],
  [P_REFLECT, '^ik kan me|mij ~3 voorstellen'],
  [P_REFLECT, '^dat kan ik me|mij ~2 voorstellen'],
  [P_REFLECT, '^met andere woorden'],
  [P_REFLECT, '^oftewel'],
  [P_REFLECT, '^anders gezegd'],
  [P_REFLECT, '^het gaat ~2 om'],
  [P_REFLECT, '^voor u is|was|betekent|voelt|lijkt|telt'],
  [P_REFLECT, '^aan de ene kant'],
  [P_REFLECT, '^enerzijds'],
  [P_REFLECT, '^uw wereld|leven'],
  [P_REFLECT, '^het valt|viel ~2 u'],
  [P_REFLECT, '^het doet u'],
  [P_REFLECT, '^eigenlijk'],
  [P_DEEP, 'klinkt|klonk|lijkt|leek|voelt ~2 alsof|als|of'],
  [P_DEEP, 'lijkt|lijken ~2 erop'],
  [P_DEEP, 'het lijkt me ~1 dat'],
  [P_DEEP, 'ook al|alhoewel|hoewel'],
  [P_DEEP, 'maar tegelijk|tegelijkertijd'],
  [P_DEEP, 'niet|niemand tot last'],
  [P_DEEP, 'tot last'],
  [P_DEEP, 'aan de ene|andere kant'],
  [P_DEEP, 'het moet|moest ~4 zijn|voelen|geweest'],
  [P_DEEP, 'dat moet|moest ~4 zijn|voelen|geweest'],
  [P_DEEP, 'hou|houd|houdt van'],
  [P_DEEP, 'valt|viel ~2 niet mee'],
  [P_DEEP, 'valt|viel ~2 u|het ~2 zwaar|moeilijk'],
  [P_DEEP, 'kleiner|stiller|leger|anders|lang|langer|zwaar|zwaarder|eenzaam|leeg|moeilijker|lastiger geworden|worden|wordt'],
  [P_DEEP, 'in uw|mijn|zijn|haar eentje'],
  [P_DEEP, 'uw thuis $'],
  [P_DEEP, 'zit|zat ~3 ermee|mee'],
  [P_DEEP, 'dat|het is ~2 veel'],
  [P_DEEP, 'te veel|teveel'],
  [P_DEEP, 'het gevoel|idee dat'],
  [P_DEEP, 'belangrijk voor u'],
  [P_DEEP, 'voor u ~1 belangrijk'],
  [P_DEEP, 'ik kan me|mij ~3 voorstellen'],
  [P_DEEP, 'doet ~2 pijn|zeer'],
  [P_DEEP, 'in de steek'],
  [P_DEEP, 'eigen regie|baas'],
  [P_DEEP, 'de baas ~1 blijven|zijn|houden'],
  [P_DEEP, '^eigenlijk'],
  [P_DEEP, '^lijkt|lijken|leek|leken'],
  [P_DEEP, 'maar u ~1 ziet|merkt|voelt|wilt|wil|bent|vindt|weet|mist|zit|durft'],
  [P_DEEP, 'niet zozeer'],
  [P_DEEP, 'graag ~6 maar'],
  [P_DEEP, 'en|maar toch'],
  [P_DEEP, 'merkt|merk|voelt|voel|wilt|wil|zou|vindt|denkt|hoopt|weet ~5 eigenlijk'],
  [P_DEEP, 'niet ~1 om ~4 maar om'],
  [P_DEEP, 'u ~1 stil ~1 wordt|werd|valt|viel'],
  [P_DEEP, 'als ik u|het ~1 zo hoor|beluister|zie'],
  [P_DEEP, 'als ik u|het ~1 beluister'],
  [P_DEEP, 'niet alleen ~5 maar ook'],
  [P_DEEP, 'nergens|geen ~2 zin'],
  [P_DEEP, 'dus eigenlijk'],
  [P_DEEP, 'betekent|betekende ~2 veel|alles|voor u'],
  [P_DEEP, 'is|was ~1 niet makkelijk|eenvoudig|gemakkelijk|niks|simpel'],
  [P_DEEP, 'klaar mee|ermee'],
  [P_DEEP, 'het zat|beu'],
  [P_DEEP, 'er ~1 tegenop|tegen'],
  [P_DEEP, 'wilt|wil wel ~1 maar'],
  [P_DEEP, 'eigen hand|handen'],
  [P_DEEP, 'het liefst|liefste'],
  [P_DEEP, 'houdt|houden|hield ~2 bezig|wakker'],
  [P_DEEP, 'ligt|lig|lag ~3 wakker'],
  [P_DEEP, 'flinke|hele|behoorlijke|pittige klus|opgave|uitdaging|verandering|stap'],

  // -- affirmations
  [P_PRAISE, 'wat|heel|erg|echt|zo|best|super|ontzettend knap|sterk|dapper|moedig|mooi|goed|fijn|bijzonder|prachtig|slim|verstandig dat|hoe|van u'],
  [P_PRAISE, '^goed|mooi|fijn|sterk|knap|dapper|moedig|slim|verstandig|bijzonder|prachtig|geweldig|fantastisch|super|top dat|hoe|van u'],
  [P_PRAISE, 'knap|goed|slim|sterk|verstandig|dapper|moedig|mooi|netjes van u'],
  [P_PRAISE, 'goed|prima|mooi|slim|knap|netjes|uitstekend|keurig ~2 gedaan|geregeld|aangepakt|opgelost|voorbereid|bijgehouden|bedacht|volgehouden|georganiseerd|bewaard|nagedacht'],
  [P_PRAISE, 'wat knap|sterk|dapper|moedig|mooi|bijzonder|prachtig|slim|verstandig dat'],
  [P_PRAISE, 'dat|die heeft u ~4 opgebouwd|bereikt|neergezet|verdiend'],
  [P_PRAISE, 'mag u ~3 trots'],
  [P_PRAISE, 'wat een ~1 goed|goede|geweldig|slim|mooi|prachtig|sterk idee|plan|oplossing'],
  [P_PRAISE, 'dat|het is ~2 echt|heel|erg|best|zo|ontzettend ~1 knap|sterk|moedig|dapper|bewonderenswaardig $'],
  [P_PRAISE, 'dat|het is ~2 een ~1 kracht|talent|gave|prestatie'],
  [P_PRAISE, 'u zijn|bent|vormen|vormt ~4 een ~2 team|duo|ploeg'],
  [P_PRAISE, '^en het|dat werkt ~1 $'],
  [P_PRAISE, '^en het|dat werkt ~1 ook|nog|gewoon|goed ~1 $'],
  [P_PRAISE, 'geeft|geven ~2 niet ~1 snel|zomaar|makkelijk|gauw op'],
  [P_TAIL_PRAISE, '^dat|het is ~2 niet niks $'],
  [P_PRAISE, 'goed|prima|mooi|netjes|keurig ~1 voor elkaar'],
  [P_PRAISE, 'goed|lekker bezig'],
  [P_PRAISE, '^goed|prima|knap|top|super zo $'],
  [P_PRAISE, '^heel|erg|echt goed|knap|sterk $'],
  [P_PRAISE_WEAK, 'u weet ~2 goed|precies wat'],
  [P_PRAISE_WEAK, 'u heeft ~4 op orde !'],
  [P_PRAISE_WEAK, 'u heeft|bent ~3 doorgezet|volgehouden|doorgegaan|doorgebeten'],
  [P_PRAISE_WEAK, 'heeft|bent u ~2 doorgezet|volgehouden|doorgegaan|doorgebeten'],
  [P_PRAISE, 'dat|het doet u ~2 goed|prima|fantastisch|geweldig|knap|netjes|uitstekend $'],
  [P_PRAISE, 'veel|alles ~1 voor ~3 over $'],
  [P_PRAISE_WEAK, 'u heeft ~2 al ~2 veel|zoveel|alles|heel ~1 geprobeerd|gedaan|bereikt|opgepakt|geregeld|georganiseerd|uitgezocht'],
  [P_PRAISE, 'u heeft ~3 sterk|sterke|mooi|mooie|goed|goede ~2 opgebouwd|neergezet|gemaakt'],
  [P_PRAISE, 'u bent ~2 goed|sterk|handig|creatief|slim|heel goed in'],
  [P_PRAISE, 'goed|fantastisch|prima|geweldig|liefdevol voor ~4 zorgt|zorgen|zorgde|gezorgd'],
  [P_PRAISE, 'zorgt|zorg ~2 goed|fantastisch|prima|geweldig|heel|liefdevol voor'],
  [P_PRAISE, 'u doet het ~2 goed|prima|fantastisch|geweldig|super|knap'],
  [P_PRAISE, 'u heeft ~3 goed|prima|slim|knap|mooi|netjes nagedacht|geregeld|gedaan|opgelost|aangepakt'],
  [P_PRAISE, 'u heeft ~1 zelf al ~3 opgelost|geregeld|gedaan|bereikt|uitgezocht'],
  [P_PRAISE, 'wat een kracht|inzet|doorzettingsvermogen|moed|energie|prestatie|doorzetter|vechter'],
  [P_PRAISE, 'laat ~1 zich niet'],
  [P_PRAISE, 'zegt ~1 veel over u'],
  [P_PRAISE, 'ik vind ~3 knap|sterk|bijzonder|moedig|dapper|mooi|prachtig|bewonderenswaardig'],
  [P_PRAISE, 'vind ik ~3 knap|sterk|bijzonder|moedig|dapper|mooi|prachtig|bewonderenswaardig'],
  [P_PRAISE, 'ik waardeer'],
  [P_PRAISE, 'heel|zeer|erg waardevol'],
  [P_PRAISE, 'verdient ~2 compliment|complimenten|respect'],
  [P_PRAISE, 'u bent ~3 een ~2 sterke|doorzetter|vechter|kei|kanjer|topper|harde|krachtige|zorgzame'],
  [P_PRAISE, 'u bent ~2 goed bezig'],
  [P_PRAISE, 'u bent ~3 zorgzaam|vindingrijk|creatief|sterk|moedig|dapper|krachtig'],
  [P_PRAISE, 'dat is ~2 echt een ~1 prestatie'],
  // 'Het is sterk dat u …', '… laat zien dat u goed vooruitdenkt', 'iets om trots op te zijn', 'daar spreekt betrokkenheid uit'
  [P_PRAISE, '^het|dat is ~1 sterk|knap|dapper|moedig|slim|bewonderenswaardig dat'],
  [P_PRAISE, 'laat|laten ~1 zien dat u ~3 goed|sterk|slim|creatief|vindingrijk|zorgzaam|veerkrachtig|handig'],
  [P_PRAISE, 'om trots op te zijn'],
  [P_PRAISE, 'daar|dat|hier spreekt|spreken ~3 betrokkenheid|liefde|kracht|zorg|doorzettingsvermogen|moed|inzet|toewijding|trouw ~1 uit'],
  [P_PRAISE, 'bent u ~1 duidelijk|echt|heel|erg|zo|ontzettend sterk|goed|handig|creatief|vindingrijk $'],

  // -- advice without permission
  [P_ADVICE, 'u moet|moeten'],
  [P_ADVICE, 'u zou|kunt|kan ~5 moeten'],
  [P_ADVICE, 'u kunt|kan|kun ~2 beter|best'],
  [P_ADVICE, 'u kunt|kan|kun ~2 het beste'],
  [P_ADVICE, 'u kunt|kan gerust|gewoon|eens ~4 !'],
  [P_ADVICE, 'kan|kunt|kunnen ~3 toch ~1 ook|gewoon|best|eens'],
  [P_ADVICE_SOFT, 'u kunt|kan ook|eventueel|natuurlijk ~4 !'],
  [P_ADVICE, 'kunt|kan u ~1 beter|best'],
  [P_ADVICE, 'kunt|kan u ~1 het beste'],
  [P_ADVICE, 'aanrader'],
  [P_ADVICE, 'aan te raden'],
  [P_ADVICE, 'raad ik ~3 aan'],
  [P_ADVICE, 'het beste|beter kunt|kan u'],
  [P_ADVICE, 'het is ~2 beter|verstandig|verstandiger|slim|slimmer|handig|handiger|raadzaam|wijs|wijzer|nodig om|als|dat'],
  [P_ADVICE, 'het|dat lijkt|leek me|mij ~4 goed|verstandig|beter|slim|handig|idee|nodig|oplossing|aanrader|fijn'],
  [P_ADVICE, 'lijkt me ~5 goede|oplossing|idee|verstandig'],
  [P_ADVICE, '^ik zou'],
  [P_ADVICE, 'als ik u ~1 was'],
  [P_ADVICE, 'in uw plaats'],
  [P_ADVICE, 'ik raad|adviseer|adviseren ~3'],
  [P_ADVICE, 'ik wil|zou ~2 u ~2 aanraden|adviseren'],
  [P_ADVICE, '^mijn advies|tip|raad|voorstel'],
  [P_ADVICE, 'mijn advies|tip|raad|voorstel is|zou|luidt|zijn|blijft'],
  [P_ADVICE, 'ik stel ~2 voor'],
  [P_ADVICE, 'ik geef u ~2 het|als|de advies|tip'],
  [P_ADVICE, '^tip|advies $'],
  [P_ADVICE, 'vergeet ~1 niet'],
  [P_ADVICE, 'u mag ~3 niet|geen'],
  [P_ADVICE, 'u moet ~3 echt'],
  [P_ADVICE, 'dan moet u'],
  [P_ADVICE, 'moet u ~2 maar'],
  [P_ADVICE, 'zou ik ~4 nemen|doen|gaan|bellen|vragen|regelen|aanvragen|kopen|proberen'],
  [P_ADVICE, 'het beste is|kunt'],
  [P_ADVICE, 'is|lijkt ~3 het|de handigst|handigste|beste|verstandigst|verstandigste'],
  [P_ADVICE, 'lijkt ~5 me|mij ~1 het|de handigst|handigste|beste|verstandigst|verstandigste'],
  [P_ADVICE, 'dat|het is|zou ~2 goed voor u $'],
  [P_ADVICE, '^dan * u ~4 toch ~1 gewoon|even|eens'],
  [P_ADVICE, 'het is ~1 tijd om|voor'],
  [P_ADVICE, '^gewoon|maar|vooral|gerust doen|proberen|bellen|vragen $'],
  [P_ADVICE, '^laat u ~1 helpen|ondersteunen|bijstaan|adviseren|informeren'],
  [P_ADVICE_Q, 'kunt|kan|kun|moet|zou|moest u ~1 niet ~2 gewoon|eens|even|beter|ook|gewoonweg'],
  [P_ADVICE_Q, 'is|zou|was het ~1 niet ~2 beter|verstandig|verstandiger|handig|handiger|slim|slimmer|makkelijker|idee'],
  [P_ADVICE_Q, 'moet u ~2 niet'],
  [P_ADVICE_Q, 'waarom ~4 u ~4 niet ~1 gewoon|even|eens|ook|zelf|een|gewoonweg'],
  [P_ADVICE_Q, 'waarom belt|vraagt|neemt|probeert|schakelt|meldt|zoekt|koopt|huurt|regelt|laat u ~4 niet'],
  [P_ADVICE_Q, 'waarom belt|vraagt|neemt|probeert|gebruikt|koopt|huurt|regelt|bestelt u ~1 geen'],
  [P_ADVICE_SOFT, 'u kunt|kan|kun ~4 aanvragen|bellen|vragen|nemen|proberen|inschakelen|gebruiken|aanmelden|langsgaan|huren|kopen|regelen|overwegen|mailen|inzetten|vragen|krijgen !'],
  [P_ADVICE_SOFT, 'kunt|kan u ~4 aanvragen|bellen|vragen|nemen|proberen|inschakelen|gebruiken|kiezen|aanmelden|regelen|overwegen !'],
  [P_ADVICE_SOFT, 'misschien ~4 oplossing|idee|helpen|proberen|kunt|kan ~3 !'],
  [P_ADVICE_SOFT, 'misschien ~4 iets voor u|uw'],
  [P_ADVICE_SOFT, 'u zou ~4 kunnen ~2 proberen|overwegen|vragen|bellen|nemen|aanvragen|gebruiken|doen|gaan !'],
  [P_ADVICE_SOFT, 'zou|zouden|kunnen ~3 helpen|schelen|uitkomst|oplossing|verlichten|ontlasten|rust|veiligheid|lucht|verlichting !'],
  [P_ADVICE_SOFT, 'kan ~3 schelen|uitkomst|oplossing|verlichten|ontlasten|rust|veiligheid|lucht|verlichting !'],
  [P_ADVICE_SOFT, 'kan ~3 helpen $ !'],
  [P_ADVICE_SOFT, 'kunt|kan u ~2 terecht'],
  [P_PROMISE, 'ik|we|wij ~6 regelen|aanvragen|inzetten|bestellen|inschakelen|aanmelden|organiseren|inplannen|installeren|indienen|aanpassen|opstarten !'],
  [P_PROMISE, 'ik|we|wij regel|regelen|bestel|bestellen|organiseer|organiseren|zorg|zorgen|schakel|schakelen|zet|zetten !'],
  [P_PROMISE, 'ik|we|wij vraag|vragen ~5 aan $ !'],
  [P_PROMISE, 'ik|we|wij vraag|vragen ~5 voor u !'],
  [P_PROMISE, 'ik|we|wij meld|melden ~3 aan !'],
  [P_PROMISE, 'ik|we|wij schrijf|schrijven ~3 in voor|bij|$ !'],
  [P_PROMISE, 'ik|we|wij zet|zetten ~5 in !'],
  [P_PROMISE, 'ik|we|wij zorg|zorgen ervoor|dat|voor !'],
  [P_PROMISE, 'dan|daarna|morgen|vandaag|straks|meteen|direct|gelijk regel|zet|bestel|meld|schakel|zorg|organiseer|regelen ik|we !'],
  [P_PROMISE, 'dan|daarna|morgen|vandaag|straks|meteen|direct|gelijk vraag ik|we ~5 aan $ !'],
  [P_PROMISE, 'ik ga|gaan ~5 regelen|aanvragen|inzetten|inschakelen|bestellen|regelen|zorgen|organiseren|aanmelden !'],
  [P_PROMISE, 'ik|we kijk|kijken of ~3 kan|kunnen|krijgen|mogelijk !'],
  [P_PROMISE, 'dan krijgt u ~3 van|een !'],
  [P_PROMISE, 'u krijgt ~1 van mij|ons !'],
  [P_PROMISE, 'dat|dit|die regel|regelen|organiseer|organiseren|bestel|bestellen ik|we !'],
  [P_PROMISE, 'dat|dit|die vraag|vragen ik|we ~4 aan !'],
  [P_PROMISE, 'ik|we|wij stuur|sturen ~5 langs|naartoe !'],
  [P_PROMISE, 'ik|we ga|gaan ~4 aanvraag|aanvragen|aanmelding ~2 doen|indienen|maken|insturen !'],
  [P_PROMISE, 'wat ik ~2 kan|ga doen ~1 is'],

  // -- information
  [P_INFO, 'recht op'],
  [P_INFO, 'valt|vallen onder'],
  [P_INFO, 'eigen bijdrage'],
  [P_INFO, 'binnen|over|na|uiterlijk ~1 twee|drie|vier|zes|acht|een|enkele|paar|1|2|3|4|6|8|10|12 ~1 weken|dagen|maanden|week|dag|maand|werkdagen'],
  [P_INFO, 'het|dit|dat|na|zon gesprek'],
  [P_INFO, 'veel|sommige|andere|meeste ~1 mensen|mantelzorgers|ouderen|cliënten|clienten'],
  [P_INFO, 'in het algemeen'],
  [P_INFO, 'euro per'],
  [P_INFO, 'u krijgt|ontvangt|hoort ~3 bericht|brief|beschikking|besluit|uitnodiging|antwoord|bezoek|binnen'],
  [P_INFO, 'u ontvangt'],
  [P_INFO, 'in aanmerking'],
  [P_INFO, 'in natura'],
  [P_INFO, 'u kunt|kan ~1 altijd'],
  [P_INFO, 'kunt|kan u ~1 mij|ons ~2 bellen|mailen|bereiken|appen'],
  [P_INFO, 'u kunt|kan ~1 mij|ons ~2 bellen|mailen|bereiken|appen'],
  [P_INFO, 'kunt|kan u ~2 altijd'],
  [P_INFO, 'kiezen|keuze tussen'],
  [P_INFO, 'hoeft|hoeven ~4 betalen|kosten|bijdrage'],
  [P_INFO, '^u wordt|worden ~3 gebeld|opgehaald|uitgenodigd|bezocht|geinformeerd|ingelicht|doorverwezen|verwacht|benaderd|gebracht|thuisgebracht'],
  [P_INFO, 'dat|zo is|gaat|werkt ~2 de procedure|regel|regels'],
  [P_INFO_PROC, 'ik ben ~3 van|bij|namens|vanuit|consulent|de'],
  [P_INFO_PROC, 'ik leg ~3 uit'],
  [P_INFO_PROC, 'ik werk ~2 bij|als|voor|in'],
  [P_INFO_PROC, 'ik kom ~3 van|namens|vanuit'],
  [P_INFO_PROC, 'ik leg ~4 vast'],
  [P_INFO_PROC, 'ik noteer|schrijf|zet ~4 op|neer|erbij'],
  [P_INFO_PROC, 'ik noteer'],
  [P_INFO_PROC, 'ik maak ~3 verslag|aantekeningen|notitie'],
  [P_INFO_PROC, 'ik stuur|geef ~4 verslag|brief|folder|informatie|formulier'],
  [P_INFO_PROC, 'ik moet ~5 vragen|vastleggen|controleren|noteren|weten|stellen|vragenlijst'],
  [P_INFO_PROC, 'ik ga ~5 overleggen|bespreken|navragen|uitzoeken|nakijken|doorgeven|voorleggen|vastleggen'],
  [P_INFO_PROC, 'ik heb ~2 aanvraag|melding|brief|verwijzing'],
  [P_INFO_PROC, '^we|wij kijken|gaan|bespreken|beginnen|starten|maken|bekijken'],
  [P_INFO_PROC, '^vandaag|eerst|daarna|straks|zo ~3 kijken|praten|bespreken|gaan|bekijken'],
  [P_INFO_PROC, '^vandaag|eerst|daarna|straks wil ik'],
  [P_INFO_PROC, 'het doel van'],
  [P_INFO_PROC, 'in principe'],
  [P_INFO_PROC, '^ik zie|lees ~1 hier|dossier|aanvraag|systeem'],
  [P_INFO_PROC, '^ik heb ~2 gelezen|gezien dat'],
  [P_INFO, 'heeft|hebben ~1 ons|mij ~3 gebeld|gemaild|benaderd|gevraagd|ingelicht|doorverwezen|aangemeld|gemeld|geschreven'],
  [P_INFO, 'hoeft|hoeven ~3 niet|niets ~2 zelf ~2 regelen|doen|aanvragen|betalen|invullen'],
  [P_INFO_PROC, 'het gaat vandaag|straks|hier ~1 om'],
  [P_INFO_PROC, 'van tevoren'],
  [P_INFO_PROC, 'in bruikleen'],

  // -- small talk
  [P_SMALL, 'wat een ~1 weer|weertje'],
  [P_SMALL, 'mooi|lekker|slecht|rot|heerlijk|raar|koud|nat|guur|vies|somber|prachtig ~1 weer|weertje'],
  [P_SMALL, '^het weer'],
  [P_SMALL, 'graag gedaan'],
  [P_SMALL, 'tot ziens|straks|zo|morgen|dan|later|volgende|gauw'],
  [P_SMALL, 'tot over|na ~1 een|twee|drie|vier|zes ~1 week|weken|maand|maanden $'],
  [P_SMALL, 'tot de volgende'],
  [P_SMALL, 'goede|gezellige reis|vakantie|feestdagen|kerst|kerstdagen|jaarwisseling|weekend'],
  [P_SMALL, 'fijne|prettige dag|avond|middag|weekend|ochtend|reis|vakantie|feestdagen|kerst|kerstdagen|jaarwisseling|verjaardag|zondag|zaterdag'],
  [P_SMALL, 'fijn|prettig|goed weekend'],
  [P_SMALL, 'dank|bedankt ~3 u|je|wel|voor'],
  [P_SMALL, 'dank u|je wel'],
  [P_SMALL, 'druk|file op de weg'],
  [P_SMALL, 'sorry|excuses ~1 dat|voor ik|de|het'],
  [P_SMALL, '^daar zijn we'],
  [P_SMALL, '^daar ben ik'],
  [P_SMALL, '^hier ben ik'],
  [P_SMALL, 'wat een ~1 mooie|lieve|leuke|gezellige|prachtige|grote|schattige|fijne|mooi|leuk|lief|prachtig|gezellig'],
  [P_SMALL, 'fijn|leuk|prettig|goed ~1 om|u ~2 te spreken|ontmoeten|zien|leren'],
  [P_SMALL, 'fijn|prettig|goed|leuk gesprek'],
  [P_SMALL, 'gezellig|mooi|leuk|knus|sfeervol|smaakvol ingericht'],
  [P_SMALL_FIRST, '^wat zit|woont|staat|ligt|heeft u|het ~2 mooi|leuk|gezellig|fijn|prachtig|knus|heerlijk'],
  [P_SMALL_FIRST, '^wat staan|staat|bloeien|bloeit ~4 mooi|prachtig|fleurig|vol|goed ~1 bij|erbij $'],
  [P_THANKS, 'tijd voor me|mij|ons'],
  [P_THANKS, 'dank|bedankt ~3 voor'],
  [P_SMALL, '^mooi|mooie|leuk|leuke|gezellig|gezellige|prachtig|prachtige|lief|lieve ~1 huis|tuin|kamer|foto|fotos|plek|woning|uitzicht|kat|hond|planten|huisje|appartement|bloemen|schilderij|schilderijen'],
  [P_SMALL, 'koud|warm|nat|glad|fris|guur buiten|vandaag|hoor|hier|binnen'],
  // weather, the way here, the view: 'Het is buiten flink koud geworden', 'Wat een uitzicht'
  [P_SMALL, 'buiten ~2 koud|warm|nat|glad|fris|guur|heet'],
  [P_SMALL, 'wat een uitzicht|tuin|plek|boeken|planten|bloemen|licht|ruimte'],
  [P_SMALL, 'wat een ~1 vrolijke|vrolijk|grappige|grappig|schattige|schattig|enorme|gezellige hond|kat|poes|beest|beestje|tuin|kamer'],
  [P_SMALL_FIRST, 'ik moet|moest ~2 op adem ~1 komen|kom'],
  [P_SMALL_FIRST, 'hele|lange|steile trap|klim ~2 naar boven'],
  [P_SMALL, 'kon|kan het ~2 makkelijk|gemakkelijk|goed|snel|prima ~1 vinden'],
  [P_SMALL, 'makkelijk|gemakkelijk gevonden'],
  [P_THANKS, 'fijn|leuk|prettig ~1 dat we|wij ~1 elkaar ~2 zien|ontmoeten|spreken|treffen'],
  [P_THANKS, 'fijn|leuk|prettig|goed dat ~3 er ~2 ook|bij ~2 kan|kunnen|is|zijn|bent $'],
  [P_THANKS, 'fijn|leuk|prettig|aardig dat u ~1 me|mij ~2 binnenlaat|binnenlaten|ontvangt|ontvangen|uitnodigt'],
  [P_SMALL, 'lekker|heerlijk|zo warm|koel|fris|koud'],
  [P_SMALL, 'mag|zal|kan ik ~5 zitten|binnenkomen|binnen|uitdoen|ophangen|neerzetten|parkeren|uittrekken'],
  [P_SMALL_FIRST, 'mijn tas|jas|pen|telefoon|mobiel|schoenen|paraplu|fiets|laptop|spullen'],
  [P_SMALL_FIRST, 'doe|doet ~3 groeten'],
  [P_SMALL_FIRST, 'houdt|hou|houd u ~1 goed|taai $'],
  [P_SMALL_FIRST, 'de weg ~3 vinden|gevonden'],
  [P_SMALL_FIRST, 'geklopt|aangebeld'],
  [P_SMALL_FIRST, 'vandoor'],
  [P_SMALL, 'droog gebleven|gehouden'],
  [P_SMALL, 'aan het einde|eind ~2 gekomen'],
  [P_SMALL, 'op|met de fiets|auto|bus|trein gekomen'],
  [P_SMALL, '^alles goed|oke|prima ~3 $'],
  [P_SMALL, 'die|deze * is|zijn ~2 prachtig|mooi|schitterend|beeldig|gezellig|prachtige $'],
  [P_THANKS, 'fijn|leuk|prettig|goed dat u ~2 er ~2 bij|bent|zijn $'],
  [P_SMALL, 'fijn|leuk|goed ~1 dat ik ~3 mag|kan|kom|er|mocht|kon|langs'],
  [P_SMALL, 'fijn u te ontmoeten'],
  [P_INTRO, '^ik ben|heet * $'],
  [P_INTRO, '^ik ben ~1 * van|namens|vanuit ~4 $'],
  [P_INTRO, '^ik ben van|namens|vanuit ~4 $'],
  [P_INTRO, '^ik ben ~1 consulent|medewerker|ergotherapeut|wijkverpleegkundige|maatschappelijk|ouderenadviseur ~3 $'],
  [P_INTRO, '^ik kom ~1 namens|van|vanuit ~4 $'],
  [P_INTRO, '^ik werk bij|voor ~4 $'],
  [P_INTRO, '^ik ben ~1 * ~2 en ik werk|kom'],
  [P_SMALL, 'warm|koud|droog genoeg'],
  [P_SMALL, 'kennis te maken'],
  [P_SMALL, '^dag ~2 $'],
  [P_SMALL, '^dag mevrouw|meneer|allemaal'],
  [P_ACK, '^ik begrijp|snap|hoor|zie het $'],
  [P_ACK, '^dat begrijp|snap|hoor|zie ik ~1 $'],
  [P_ACK, '^dat is ~1 duidelijk|helder|goed|prima $'],
  [P_ACK, '^ik begrijp|snap het ~1 $'],
  [P_ACK, '^ga ~1 door $'],
  [P_ACK, '^ik luister $'],
  [P_ACK, '^dat|het klinkt ~1 goed|prima|fijn|mooi|leuk|top|logisch $'],
  [P_ACK, '^klinkt ~1 goed|prima|fijn|mooi|leuk|top|logisch $'],
  [P_EMPATHY_ACK, '^dat kan ik me|mij ~2 voorstellen $'],
  [P_EMPATHY_ACK, '^begrijpelijk|logisch $'],
  [P_EMPATHY_ACK, '^snap ik $'],
  [P_EMPATHY, '^wat|hoe|oh|o|ach|goh|zo ~1 vervelend|naar|rot|verdrietig|erg|moeilijk|lastig|zwaar|akelig|pijnlijk|triest|sneu|ellendig|heftig|schrikken|vreselijk|afschuwelijk|verschrikkelijk|spannend|eng|treurig|rottig|balen|jammer|naar'],
  [P_EMPATHY, '^wat een ~1 verdriet|ellende|zorgen|gedoe|toestand|verlies|schrik|klap|pech'],
];

// ---------------------------------------------------------------------------------------------
// Phrase compilation.

const K_ALT = 0;
const K_ANY = 1;
const K_GAP = 2;
const K_END = 3;

interface Slot {
  kind: number;
  alts: ReadonlySet<string> | null;
  max: number;
  /** The signature bits of its words (see wordBit): a known token with none of them is not among them. */
  mask: number;
}
interface Phrase {
  cat: number;
  /** Only plain word slots: matched by a simple loop. */
  plain: boolean;
  anchored: boolean;
  /** '!' at the end: the match must not contain niet/geen/nooit. */
  noNeg: boolean;
  slots: readonly Slot[];
  /** Per word slot after the first: the signature bits of its words (one must be in the segment). */
  masks: Int32Array;
}

interface Bucket {
  /** Phrases whose second slot is not a plain word (gap, end, any) or that have one slot. */
  rest: Phrase[];
  /** Phrases by the word in their second slot… */
  next: Map<string, Phrase[]>;
  /** …and the signature bits of those words: a known next token with none of them opens none of these. */
  nextMask: number;
}

/** Phrases by first word, then by second word: a look-up per token, rarely a match attempt. */
const PHRASE_INDEX = new Map<string, Bucket>();
/** Tag-question phrases by first word. */
const CHECK_INDEX = new Map<string, Phrase[]>();

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function compilePhrases(): void {
  for (const [cat, pattern] of PHRASES) {
    let anchored = false;
    let noNeg = false;
    const parts = pattern.trim().split(/\s+/).filter((part) => {
      if (part !== '!') return true;
      noNeg = true;
      return false;
    });
    const slots: Slot[] = [];
    for (let part of parts) {
      if (part.startsWith('^')) {
        anchored = true;
        part = part.slice(1);
      }
      if (part === '*') slots.push({ kind: K_ANY, alts: null, max: 0, mask: 0 });
      else if (part === '$') slots.push({ kind: K_END, alts: null, max: 0, mask: 0 });
      else if (part.startsWith('~')) slots.push({ kind: K_GAP, alts: null, max: part.length > 1 ? Number(part.slice(1)) : 3, mask: 0 });
      else {
        const alts = new Set(part.split('|').map(canonicalWord));
        let mask = 0;
        for (const w of alts) mask |= wordBit(w);
        slots.push({ kind: K_ALT, alts, max: 0, mask });
      }
    }
    const first = slots[0];
    if (!first || first.kind !== K_ALT || !first.alts) throw new Error(`form.ts: phrase must start with words: ${pattern}`);
    const masks: number[] = [];
    for (let k = 1; k < slots.length; k++) {
      const alts = slots[k]!.alts;
      if (slots[k]!.kind !== K_ALT || !alts) continue;
      let m = 0;
      for (const w of alts) m |= wordBit(w);
      masks.push(m);
    }
    const phrase: Phrase = { cat, plain: slots.every((x) => x.kind === K_ALT), anchored, noNeg, slots, masks: Int32Array.from(masks) };
    for (const w of first.alts) {
      let bucket = PHRASE_INDEX.get(w);
      if (!bucket) {
        bucket = { rest: [], next: new Map(), nextMask: 0 };
        PHRASE_INDEX.set(w, bucket);
      }
      const second = slots[1];
      if (second && second.kind === K_ALT && second.alts) {
        for (const w2 of second.alts) {
          addTo(bucket.next, w2, phrase);
          bucket.nextMask |= wordBit(w2);
        }
      }
      else bucket.rest.push(phrase);
      if (cat === P_CHECK) addTo(CHECK_INDEX, w, phrase);
    }
  }
}

// A segment's signature: one bit per word, so that a phrase whose words are not all in the segment
// is skipped with a few bit tests instead of a match attempt. The commonest words share bit 31,
// which every segment has, so that the other 31 bits tell the rarer words apart.
const COMMON_WORDS = new Set(`u uw het de een dat die is ik we en of niet wat er in op van met voor te zo nog ook al
  dan maar wel heeft bent kan kunt zou moet wilt hoe als dus`.split(/\s+/));
function wordBit(w: string): number {
  if (COMMON_WORDS.has(w)) return 1 << 31;
  return 1 << ((fnv1a(w) >>> 0) % 31);
}

/** Spelling used inside phrases goes through the same variant map as the input. */
function canonicalWord(w: string): string {
  const plain = w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/['’]/g, '');
  return VARIANTS.get(plain) ?? plain;
}

compilePhrases();

/** One look-up per typed word: its canonical spelling, that spelling's flags and phrases. */
interface TokenInfo {
  readonly w: string;
  readonly f: number;
  readonly b: Bucket | undefined;
  /** Signature bit of the canonical word. */
  readonly s: number;
}
const TOKEN_INFO = new Map<string, TokenInfo>();
for (const [word, f] of LEX) TOKEN_INFO.set(word, { w: word, f, b: PHRASE_INDEX.get(word), s: wordBit(word) });
for (const [word, b] of PHRASE_INDEX) if (!TOKEN_INFO.has(word)) TOKEN_INFO.set(word, { w: word, f: 0, b, s: wordBit(word) });
// every word a phrase can need is known, so that its signature bit is set when it is typed
for (const [, pattern] of PHRASES) {
  for (const part of pattern.split(/\s+/)) {
    if (part === '' || part === '!' || part === '$' || part === '*' || part === '^*' || part.startsWith('~')) continue;
    for (const alt of part.replace(/^\^/, '').split('|')) {
      const w = canonicalWord(alt);
      if (!TOKEN_INFO.has(w)) TOKEN_INFO.set(w, { w, f: LEX.get(w) ?? 0, b: PHRASE_INDEX.get(w), s: wordBit(w) });
    }
  }
}
for (const [typed, canon] of VARIANTS) TOKEN_INFO.set(typed, { w: canon, f: LEX.get(canon) ?? 0, b: PHRASE_INDEX.get(canon), s: wordBit(canon) });
const INFO_JE = TOKEN_INFO.get('je');
const INFO_U = TOKEN_INFO.get('u');
const INFO_UW = TOKEN_INFO.get('uw')!;

// Known words in an open-addressing table keyed by an FNV-1a hash of their letters, so that a
// typed word is looked up while it is scanned: no lowercased copy of the text, no slice per word.
const KEY_STR: string[] = [];
const KEY_INFO: TokenInfo[] = [];
/** Per slot the hash of its word and the word's index (-1: empty), side by side: a probe reads one line. */
let HT = new Int32Array(0);
let HT_MASK = 0;
function buildWordTable(): void {
  for (const [key, info] of TOKEN_INFO) {
    if (!/^[a-z0-9]+$/.test(key)) continue; // other spellings go through the slow path anyway
    KEY_STR.push(key);
    KEY_INFO.push(info);
  }
  let size = 1;
  while (size < KEY_STR.length * 4) size <<= 1;
  HT = new Int32Array(size * 2).fill(-1);
  HT_MASK = size - 1;
  for (let k = 0; k < KEY_STR.length; k++) {
    const key = KEY_STR[k]!;
    const h = fnv1a(key);
    let slot = h & HT_MASK;
    while (HT[slot * 2 + 1] !== -1) slot = (slot + 1) & HT_MASK;
    HT[slot * 2] = h;
    HT[slot * 2 + 1] = k;
  }
}
buildWordTable();

/** The known word text[start, end) (ASCII letters and digits, any case) with hash h, or -1. */
function findWord(text: string, start: number, end: number, h: number): number {
  const len = end - start;
  for (let slot = h & HT_MASK; ; slot = (slot + 1) & HT_MASK) {
    const k = HT[slot * 2 + 1]!;
    if (k < 0) return -1;
    if (HT[slot * 2] !== h) continue;
    const key = KEY_STR[k]!;
    if (key.length !== len) continue;
    let j = 0;
    while (j < len) {
      let c = text.charCodeAt(start + j);
      if (c >= 65 && c <= 90) c += 32;
      if (c !== key.charCodeAt(j)) break;
      j++;
    }
    if (j === len) return k;
  }
}

// ---------------------------------------------------------------------------------------------
// Scratch state, reused across calls (the function stays pure: nothing survives a call that
// can change a later result). Counters instead of array lengths: no allocation per call.

let cap = 0;
/** Tokens [0, nTok); the slots after nTok are kept empty so look-ahead reads see nothing. */
const TOK: string[] = [];
/** Phrase bucket of each token (its first-word index entry), looked up once at tokenizing. */
const BKT: (Bucket | undefined)[] = [];
let FLG = new Int32Array(0);
/** Signature bit of each token (0 for unknown words). */
let SIG = new Int32Array(0);
/** Break before token i: 0 none, 1 clause (comma), 2 sentence. */
let BRK = new Uint8Array(0);
/** How the token was typed: 1 'je' (so it may be a possessive before a noun), 2 'u'. */
let RAW = new Uint8Array(0);
let nTok = 0;
/** Every token slot from here on is empty (never written, or cleared). */
let cleanFrom = 0;

let SENT_S = new Int32Array(0);
let SENT_E = new Int32Array(0);
let SENT_Q = new Uint8Array(0);
/** Sentence closed by '.' or '!' (not by '?', a newline or the end of the text). */
let SENT_DOT = new Uint8Array(0);
let nSent = 0;

let SEG_S = new Int32Array(0);
let SEG_E = new Int32Array(0);
let SEG_Q = new Uint8Array(0);
let SEG_CHECK = new Uint8Array(0);
let SEG_FORM = new Int32Array(0);
let SEG_STRONG = new Uint8Array(0);
let SEG_CONNECT = new Uint8Array(0);
let SEG_ELICIT = new Uint8Array(0);
let SEG_AUTONOMY = new Uint8Array(0);
let SEG_SOFT = new Uint8Array(0);
let SEG_SOLUTION = new Uint8Array(0);
let SEG_OFFER = new Uint8Array(0);
/** Segment ends a sentence closed by '.' or '!'. */
let SEG_DOT = new Uint8Array(0);
/** Small talk that comments on the room, the weather, a pet (not a greeting or 'ja'). */
let SEG_CHAT = new Uint8Array(0);
/** 'Mag ik even samenvatten?': a question that announces a summary. */
let SEG_SUMOPEN = new Uint8Array(0);
let nSeg = 0;

const LOOKAHEAD = 16;
const EMPTY = undefined as unknown as string;

function ensureCapacity(chars: number): void {
  const need = chars + LOOKAHEAD + 1;
  if (need <= cap) return;
  cap = Math.max(need, cap * 2, 256);
  FLG = new Int32Array(cap);
  SIG = new Int32Array(cap);
  BRK = new Uint8Array(cap);
  RAW = new Uint8Array(cap);
  SENT_S = new Int32Array(cap);
  SENT_E = new Int32Array(cap);
  SENT_Q = new Uint8Array(cap);
  SENT_DOT = new Uint8Array(cap);
  const segCap = cap * 2;
  SEG_S = new Int32Array(segCap);
  SEG_E = new Int32Array(segCap);
  SEG_Q = new Uint8Array(segCap);
  SEG_CHECK = new Uint8Array(segCap);
  SEG_FORM = new Int32Array(segCap);
  SEG_STRONG = new Uint8Array(segCap);
  SEG_CONNECT = new Uint8Array(segCap);
  SEG_ELICIT = new Uint8Array(segCap);
  SEG_AUTONOMY = new Uint8Array(segCap);
  SEG_SOFT = new Uint8Array(segCap);
  SEG_SOLUTION = new Uint8Array(segCap);
  SEG_OFFER = new Uint8Array(segCap);
  SEG_DOT = new Uint8Array(segCap);
  SEG_CHAT = new Uint8Array(segCap);
  SEG_SUMOPEN = new Uint8Array(segCap);
}

const CAT_POS = new Int32Array(N_CAT);
const CAT_END = new Int32Array(N_CAT);
let SEG_FLAGS_OR = 0;

const ABBREV = new Set(['bijv', 'bijvoorbeeld', 'evt', 'eventueel', 'ca', 'mevrouw', 'meneer', 'nr', 'ong', 'enz', 'etc', 'zgn', 'mr', 'vs', 'incl', 'excl', 'tel', 'max', 'min', 'st', 'jl', 'resp', 'o', 'a', 'z', 'e', 'b', 'v', 'd', 'w', 'i', 't', 's']);
const LOWER_OR_DIGIT = /[a-z0-9]/;
const COMBINING = /[\u0300-\u036f]/g;
const APOSTROPHES = /['’‘`´]/g;
const LETTER_RUNS = /([a-z])\1\1+/g;

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}
function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2018 || c === 96 || c === 0xb4;
}

/** Accents, apostrophes and letter runs ('heeeel') are rare: such a word takes this slow path. */
function pushSpecial(raw: string, pendingBreak: number): void {
  const w = raw.normalize('NFD').replace(COMBINING, '').replace(APOSTROPHES, '').replace(LETTER_RUNS, '$1$1');
  if (w.length === 0) return;
  pushInfo(TOKEN_INFO.get(w), w, pendingBreak);
}

function pushInfo(info: TokenInfo | undefined, w: string, pendingBreak: number): void {
  if (info === undefined) {
    TOK[nTok] = w;
    FLG[nTok] = 0;
    SIG[nTok] = 0;
    BKT[nTok] = undefined;
    RAW[nTok] = 0;
  } else {
    TOK[nTok] = info.w;
    FLG[nTok] = info.f;
    SIG[nTok] = info.s;
    BKT[nTok] = info.b;
    RAW[nTok] = info === INFO_JE ? 1 : info === INFO_U ? 2 : 0;
  }
  BRK[nTok] = pendingBreak;
  nTok++;
}

// tokenizer state (module level so that no closure is made per call)
let tzPending = 0;
let tzSentStart = 0;

function closeSentence(q: boolean, dot: boolean): void {
  if (nTok > tzSentStart) {
    SENT_S[nSent] = tzSentStart;
    SENT_E[nSent] = nTok;
    SENT_Q[nSent] = q ? 1 : 0;
    SENT_DOT[nSent] = dot ? 1 : 0;
    nSent++;
    tzSentStart = nTok;
    tzPending = 2;
  } else if (q && nSent > 0 && nTok === SENT_E[nSent - 1]) {
    SENT_Q[nSent - 1] = 1;
    SENT_DOT[nSent - 1] = 0;
  }
}

/** Lowercase of a character code as far as the tokenizer needs it (ASCII; the rest stays). */
function lc(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c >= 0xc0 && c <= 0xde && c !== 0xd7 ? c + 32 : c;
}

function tokenize(text: string): void {
  ensureCapacity(text.length);
  const prevTok = nTok;
  nTok = 0;
  nSent = 0;
  tzPending = 0;
  tzSentStart = 0;
  const n = text.length;
  let start = -1;
  let special = false;
  let upper = false;
  let h = FNV_OFFSET;
  let run = 0;
  let prevc = -1;
  let hyphen = false; // the word starts right after a hyphen ('dek-je')
  let hyphenNext = false;
  let lastStart = -1;
  let lastEnd = -1;
  for (let i = 0; i <= n; i++) {
    let c = i < n ? text.charCodeAt(i) : 32;
    if (c >= 65 && c <= 90) {
      c += 32;
      upper = true;
    } else if (c > 122) c = lc(c);
    if (c === 40 || c === 91) {
      // a short stage direction in brackets, '(lacht)' or '[knikt]', is not said: skip it
      const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
      const close = text.indexOf(c === 40 ? ')' : ']', i + 1);
      if (close > 0 && close - i <= 40 && prev !== 58 && prev !== 59) i = close;
      c = 32;
    }
    if (isWordChar(c)) {
      if (start < 0) {
        start = i;
        special = false;
        upper = c !== text.charCodeAt(i);
        h = FNV_OFFSET;
        run = 1;
        hyphen = hyphenNext;
        hyphenNext = false;
      } else if (c === prevc) {
        if (++run >= 3) special = true;
      } else run = 1;
      if (c > 122) special = true;
      h = Math.imul(h ^ c, FNV_PRIME);
      prevc = c;
      // the rest of a plain ASCII word in a tight loop
      while (i + 1 < n) {
        let d = text.charCodeAt(i + 1);
        if (d >= 97 ? d > 122 : d < 48 || d > 57 && (d < 65 || d > 90)) break;
        if (d >= 65 && d <= 90) {
          d += 32;
          upper = true;
        }
        i++;
        if (d === prevc) {
          if (++run >= 3) special = true;
        } else run = 1;
        h = Math.imul(h ^ d, FNV_PRIME);
        prevc = d;
      }
      continue;
    }
    if (isApostrophe(c) && i + 1 < n && isWordChar(lc(text.charCodeAt(i + 1)))) {
      // zo'n, m'n, 's: keep inside the word
      if (start < 0) {
        start = i;
        run = 1;
        hyphen = false;
        hyphenNext = false;
        upper = false;
      }
      special = true;
      prevc = c;
      continue;
    }
    prevc = -1;
    lastStart = -1;
    if (start >= 0) {
      lastStart = start;
      lastEnd = i;
      if (special) {
        pushSpecial(text.slice(start, i).toLowerCase(), tzPending);
      } else {
        const k = findWord(text, start, i, h);
        if (k >= 0 && !(hyphen && i - start === 2 && KEY_INFO[k] === INFO_JE)) {
          pushInfo(KEY_INFO[k], '', tzPending); // 'tafeltje-dek-je' is a name, not 'je'
        } else {
          const raw = text.slice(start, i);
          pushInfo(undefined, upper ? raw.toLowerCase() : raw, tzPending);
        }
      }
      tzPending = 0;
      start = -1;
    }
    hyphenNext = false;
    if (c === 32) continue;
    if (c === 63) {
      // '?'
      closeSentence(true, false);
    } else if (c === 33) {
      closeSentence(false, true);
    } else if (c === 59 || c === 10 || c === 13) {
      closeSentence(false, false);
    } else if (c === 46) {
      // '.': a run of dots is a pause, an abbreviation or number is no break
      const next = i + 1 < n ? lc(text.charCodeAt(i + 1)) : 32;
      const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
      const abbrevLen = lastStart >= 0 ? lastEnd - lastStart : 0;
      // the word before the dot is looked up only where an abbreviation would change the reading
      const shortAbbrev = abbrevLen > 0 && abbrevLen <= 2 && isWordChar(next);
      const abbrevBeforeText = abbrevLen > 1 && abbrevLen <= 11 && next === 32 && i + 2 < n && LOWER_OR_DIGIT.test(text.charAt(i + 2));
      const abbrev = (shortAbbrev || abbrevBeforeText) && ABBREV.has(text.slice(lastStart, lastEnd).toLowerCase());
      if (next === 46 || prev === 46) {
        if (nTok > tzSentStart && tzPending === 0) tzPending = 1;
      } else if ((prev >= 48 && prev <= 57 && next >= 48 && next <= 57) || (abbrev && shortAbbrev)) {
        // number or o.a.
      } else if (abbrev && abbrevBeforeText) {
        // 'bijv. een rollator': abbreviation followed by lowercase text
      } else {
        closeSentence(false, true);
      }
    } else if (c === 44 || c === 58 || c === 0x2026) {
      // ',' ':' '…'
      if (nTok > tzSentStart && tzPending === 0) tzPending = 1;
    } else if (c === 45 || c === 0x2013 || c === 0x2014) {
      // spaced dash is a pause; a hyphen inside a word just splits it
      const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
      const next = i + 1 < n ? text.charCodeAt(i + 1) : 32;
      if ((prev === 32 || next === 32) && nTok > tzSentStart && tzPending === 0) tzPending = 1;
      else if (prev !== 32 && next !== 32) hyphenNext = true;
    }
  }
  if (nTok > tzSentStart) {
    SENT_S[nSent] = tzSentStart;
    SENT_E[nSent] = nTok;
    SENT_Q[nSent] = 0;
    SENT_DOT[nSent] = 0;
    nSent++;
  }
  // clear what a longer previous call left behind: everything from cleanFrom on is already empty,
  // so the look-ahead window after the last token reads nothing
  const clearTo = Math.min(Math.max(prevTok, cleanFrom), cap);
  cleanFrom = nTok;
  for (let i = nTok; i < clearTo; i++) {
    TOK[i] = EMPTY;
    BKT[i] = undefined;
    FLG[i] = 0;
    SIG[i] = 0;
    BRK[i] = 0;
    RAW[i] = 0;
  }
  // 'je' + possessed noun is 'uw' ('vraag je dochter'), not the subject
  for (let i = 0; i + 1 < nTok; i++) {
    if (RAW[i] === 1 && (FLG[i + 1]! & F_NOUN_POSS) !== 0 && BRK[i + 1] === 0) {
      const prev = i > 0 ? TOK[i - 1]! : '';
      if (prev !== 'heeft' && prev !== 'is') {
        TOK[i] = INFO_UW.w;
        FLG[i] = INFO_UW.f;
        SIG[i] = INFO_UW.s;
        BKT[i] = INFO_UW.b;
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Phrase matching over [s, e) with anchor positions.

function clauseEndAt(p: number, e: number): boolean {
  return p >= e || BRK[p] !== 0;
}

/**
 * Whether token p is one of the slot's words. A known token (a signature bit) with none of the slot's bits is
 * not, without a look-up; an unknown one (no bit, such as 'je' in 'dek-je') is looked up as ever.
 */
function altsHave(slot: Slot, p: number): boolean {
  const sig = SIG[p]!;
  if (sig !== 0 && (sig & slot.mask) === 0) return false;
  return slot.alts!.has(TOK[p]!);
}

function matchPlain(slots: readonly Slot[], k: number, p: number, e: number): number {
  for (; k < slots.length; k++, p++) {
    if (p >= e || !altsHave(slots[k]!, p)) return -1;
  }
  return p;
}

function matchFrom(slots: readonly Slot[], k: number, p: number, e: number): number {
  // returns end position of the match or -1
  if (k === slots.length) return p;
  const slot = slots[k]!;
  if (slot.kind === K_END) return clauseEndAt(p, e) ? matchFrom(slots, k + 1, p, e) : -1;
  if (slot.kind === K_GAP) {
    for (let g = 0; g <= slot.max; g++) {
      if (p + g > e) break;
      const r = matchFrom(slots, k + 1, p + g, e);
      if (r >= 0) return r;
    }
    return -1;
  }
  if (p >= e) return -1;
  if (slot.kind === K_ANY || altsHave(slot, p)) return matchFrom(slots, k + 1, p + 1, e);
  return -1;
}

/** True when position p is the content start of the segment or of a clause inside it. */
function isAnchor(p: number, s: number, anchorStart: number): boolean {
  if (p === anchorStart) return true;
  if (p <= s) return p === s;
  // start of a clause after a comma, skipping fillers/conjunctions
  let q = p;
  while (q > s && BRK[q] === 0) {
    const f = FLG[q - 1]!;
    if ((f & (F_FILLER | F_CONJ | F_ACK)) !== 0 || TOK[q - 1] === 'dus') q--;
    else break;
  }
  return BRK[q] !== 0 || q === s;
}

function negationIn(s: number, e: number): boolean {
  for (let i = s; i < e; i++) if ((FLG[i]! & F_NEG) !== 0) return true;
  return false;
}

let SEG_SIG = 0;

function scanPhrases(s: number, e: number, anchorStart: number): void {
  CAT_POS.fill(-1);
  let or = 0;
  let sig = 1 << 31;
  for (let p = s; p < e; p++) {
    or |= FLG[p]!;
    sig |= SIG[p]!;
  }
  SEG_SIG = sig;
  for (let p = s; p < e; p++) {
    const bucket = BKT[p];
    if (bucket === undefined) continue;
    if (bucket.rest.length > 0) tryPhrases(bucket.rest, 1, p, s, e, anchorStart);
    const nextSig = SIG[p + 1]!;
    if (p + 1 < e && (nextSig === 0 || (nextSig & bucket.nextMask) !== 0)) {
      const list = bucket.next.get(TOK[p + 1]!);
      if (list !== undefined) tryPhrases(list, 2, p, s, e, anchorStart);
    }
  }
  SEG_FLAGS_OR = or;
}

function tryPhrases(list: readonly Phrase[], k: number, p: number, s: number, e: number, anchorStart: number): void {
  for (let j = 0; j < list.length; j++) {
    const ph = list[j]!;
    const known = CAT_POS[ph.cat]!;
    if (known >= 0 && known <= p) continue;
    const masks = ph.masks;
    let q = 0;
    while (q < masks.length && (SEG_SIG & masks[q]!) !== 0) q++;
    if (q < masks.length) continue; // a word the phrase needs is not in the segment
    if (ph.anchored && !isAnchor(p, s, anchorStart)) continue;
    const end = ph.plain ? matchPlain(ph.slots, k, p + k, e) : matchFrom(ph.slots, k, p + k, e);
    if (end < 0) continue;
    if (ph.noNeg && negationIn(p, Math.min(e, end + 2))) continue;
    CAT_POS[ph.cat] = p;
    CAT_END[ph.cat] = end;
  }
}

function has(cat: number): boolean {
  return CAT_POS[cat]! >= 0;
}

// ---------------------------------------------------------------------------------------------
// Clause helpers.

/** First index at or after p that is not a filler, acknowledgement, conjunction or address. */
function skipLead(p: number, e: number, skipDus: boolean): number {
  while (p < e) {
    const t = TOK[p]!;
    const f = FLG[p]!;
    if ((f & (F_FILLER | F_CONJ | F_VOC)) !== 0 || t === 'ja' || t === 'oke' || t === 'nou' || t === 'zeg' || t === 'goed' && BRK[p + 1] !== 0) {
      p++;
      continue;
    }
    if (skipDus && (t === 'dus' || t === 'ook')) {
      p++;
      continue;
    }
    break;
  }
  return p;
}

/** Skip a short verbless lead clause before a comma: 'Mevrouw Bakker, …', 'Samengevat: …'. */
function skipPrefixClause(p: number, e: number, skipDus: boolean): number {
  for (let b = p + 1; b < e && b <= p + 3; b++) {
    if (BRK[b] === 0) continue;
    for (let i = p; i < b; i++) {
      const f = FLG[i]!;
      if ((f & (F_FINITE | F_WH | F_IMP)) !== 0 && (f & F_ACK) === 0) return p;
    }
    return skipLead(b, e, skipDus);
  }
  return p;
}

function isVerbLike(i: number): boolean {
  const t = TOK[i];
  if (t === undefined) return false;
  const f = FLG[i]!;
  if ((f & F_FINITE) !== 0) return true;
  if ((f & (F_NONVERB | F_PREP | F_WH | F_DET | F_SUBJ)) !== 0) return false;
  const last = t.charCodeAt(t.length - 1);
  return t.length >= 3 && (last === 116 || last === 100); // ends in t/d
}

/** Verbs that make a question with 'ik' after them ('Mag ik…', 'Zal ik…'); 'Laat ik…', 'Dan regel ik' do not. */
const Q_WITH_IK = new Set(['mag', 'zal', 'kan', 'moet', 'zou', 'heb', 'ben', 'mocht', 'kon', 'wil', 'ga', 'doe', 'snap', 'begrijp', 'zie', 'hoor', 'zeg', 'vergis', 'stel', 'vat', 'heeft', 'is', 'kun', 'mis', 'zit', 'begrijpt', 'had', 'was']);

/** Verb-first clause starting at c: 'Heeft u…', 'Woont uw dochter…', 'Kook je zelf…'. */
function verbFirst(c: number, e: number): boolean {
  if (c + 1 >= e) return false;
  const t0 = TOK[c]!;
  const f0 = FLG[c]!;
  if ((f0 & (F_NONVERB | F_WH | F_PREP | F_SUBORD | F_VOC)) !== 0 && (f0 & F_FINITE) === 0) return false;
  if (t0 === 'dat' || t0 === 'het' || t0 === 'er' || t0 === 'dan') return false;
  if (BRK[c + 1] !== 0) return false;
  const t1 = TOK[c + 1]!;
  const f1 = FLG[c + 1]!;
  if (t1 === 'ik') return Q_WITH_IK.has(t0);
  if (t1 === 'u' || t1 === 'we' || t1 === 'wij' || t1 === 'ze' || t1 === 'zij' || t1 === 'hij' || t1 === 'men') {
    if ((f0 & F_FINITE) !== 0) return true;
    // unknown word followed by a pronoun subject: inversion, unless it is clearly not a verb
    return (f0 & (F_NONVERB | F_PREP | F_DET | F_SMALL | F_ACK | F_EXCL)) === 0 && /^[a-z]+$/.test(t0);
  }
  if ((f1 & (F_SUBJ | F_DET)) !== 0 || t1 === 'iemand' || t1 === 'iets') {
    return isVerbLike(c) && (f0 & F_IMP) === 0 || (f0 & F_FINITE) !== 0 && (f0 & F_IMP) === 0;
  }
  return false;
}

/** A polite imperative: 'Belt u morgen maar even', 'Neemt u gerust contact op'. */
function politeImperative(c: number, e: number, q: boolean): boolean {
  if (q) return false;
  if (TOK[c + 1] !== 'u') return false;
  let particle = false;
  let evenEens = false;
  for (let i = c + 2; i < e && i < c + 6; i++) {
    if ((FLG[i]! & F_IMP_PART) !== 0) particle = true;
    if (TOK[i] === 'even' || TOK[i] === 'eens' || TOK[i] === 'een keer') evenEens = true;
  }
  if (particle) return true;
  return evenEens && (FLG[c]! & F_POLITE_IMP) !== 0;
}

/** Bare imperative: 'Bel morgen het wijkteam', 'Vraag uw dochter…'. */
function bareImperative(c: number, e: number): boolean {
  if (c >= e) return false;
  const t0 = TOK[c]!;
  if ((FLG[c]! & F_IMP) === 0) return false;
  if (t0 === 'vertel' || t0 === 'beschrijf') return false;
  if (c + 1 < e && BRK[c + 1] !== 0) return false; // 'Kijk, …' is a discourse marker
  if (c + 1 >= e) return t0 === 'stop' || t0 === 'wacht' || t0 === 'probeer';
  const t1 = TOK[c + 1]!;
  if (t1 === 'u' || t1 === 'ik' || t1 === 'we' || t1 === 'wij' || t1 === 'ze' || t1 === 'hij' || t1 === 'zij') return false;
  if (t0 === 'leg' && has(P_INVITE)) return false;
  return true;
}

const QUESTION_NONE = -1;

/**
 * Question form of the clause starting at c (content start), or -1. hasQ: the sentence
 * ends in a question mark and this clause runs to that end.
 */
function questionForm(c: number, e: number, hasQ: boolean): number {
  if (c >= e) return QUESTION_NONE;
  let t0 = TOK[c]!;
  let f0 = FLG[c]!;
  // preposition before a question word: 'Met wie…', 'Sinds wanneer…', 'Om hoe laat…'
  let wc = c;
  if ((f0 & F_PREP) !== 0 && c + 1 < e && (FLG[c + 1]! & F_WH) !== 0) {
    wc = c + 1;
    t0 = TOK[wc]!;
    f0 = FLG[wc]!;
  }
  if ((f0 & F_WH) !== 0 && !(CAT_POS[P_NOT_Q] === c)) {
    const t1 = TOK[wc + 1];
    const f1 = flagsOf(t1);
    const clauseBreakNext = wc + 1 < e && BRK[wc + 1] !== 0;
    // exclamation: 'Wat knap', 'Wat een weer', 'Hoe fijn dat…'
    if ((t0 === 'wat' || t0 === 'hoe') && t1 !== undefined && (f1 & F_EXCL) !== 0 && (f1 & F_FINITE) === 0 && !(t0 === 'hoe' && (f1 & F_CLOSED_HOE) !== 0) && !(t0 === 'hoe' && isVerbLike(wc + 2))) {
      return QUESTION_NONE;
    }
    if (t0 === 'hoe' && t1 === 'dan') return QUESTION_NONE;
    // embedded clause without a question mark: 'Wat u moet doen is…', 'Waar het om gaat…'
    if (!hasQ && t1 !== undefined && !clauseBreakNext && t0 !== 'welke' && t0 !== 'welk' && t0 !== 'hoeveel') {
      if (t1 === 'u' || t1 === 'ik' || t1 === 'we' || t1 === 'wij' || t1 === 'het' || t1 === 'de' || t1 === 'er' || t1 === 'uw' || t1 === 'ze' || t1 === 'hij' || t1 === 'zij' || t1 === 'men' || t1 === 'dat' || t1 === 'die' || t1 === 'mijn' || t1 === 'iemand') {
        // 'hoe het gaat' / 'wat u zelf wilt': verb-final, not a question
        return QUESTION_NONE;
      }
    }
    if (t0 === 'wat' && t1 !== undefined && EXCLAIM_VERBS.has(t1) && !hasQ && (has(P_PRAISE) || exclamationAdjective(wc + 2, e))) return QUESTION_NONE;
    if (has(P_ADVICE_Q) && t0 === 'waarom') return ADVICE;
    // 'Wanneer lukt het wel beter?' asks for circumstances, not a date
    if (t0 === 'wanneer' && whenCircumstance(wc + 1, e)) return OPEN;
    // one specific fact
    if (t0 === 'hoeveel' || t0 === 'hoelang' || t0 === 'wanneer') return CLOSED;
    if (t0 === 'hoe' && (f1 & F_CLOSED_HOE) !== 0) {
      if (t1 === 'veel' && TOK[wc + 2] !== undefined && (FLG[wc + 2]! & F_FINITE) === 0) return CLOSED;
      if (t1 !== 'veel') return CLOSED;
    }
    if ((t0 === 'welke' || t0 === 'welk') && (f1 & F_CLOSED_WELKE) !== 0) return CLOSED;
    if (CAT_POS[P_CLOSED_FACT] === c || CAT_POS[P_CLOSED_FACT] === wc) return CLOSED;
    // either/or inside a wh-question: 'Wat heeft u liever, de bus of de taxi?'; examples are not a choice:
    // 'Hoe komt u ergens, bijvoorbeeld bij Joris of in het dorp?'
    let examples = false;
    for (let i = wc + 1; i < e; i++) {
      if (TOK[i] === 'bijvoorbeeld' || TOK[i] === 'zoals' || TOK[i] === 'bv') examples = true;
      if (TOK[i] === 'of' && !examples && (BRK[i] !== 0 || hasLaterBreakBefore(wc, i)) && asksToChoose(wc, i)) return CLOSED;
      if ((TOK[i] === 'liever' || TOK[i] === 'voorkeur') && hasTokenAfter(i, e, 'of')) return CLOSED;
    }
    return OPEN;
  }
  if (has(P_INVITE) && isAnchor(CAT_POS[P_INVITE]!, c, c) ) {
    const end = CAT_END[P_INVITE]!;
    if (end < e && TOK[end] === 'of') return CLOSED;
    return OPEN;
  }
  if (has(P_OPEN_MORE) && CAT_POS[P_OPEN_MORE]! <= c) return OPEN;
  if (has(P_EMBED_Q) && CAT_POS[P_EMBED_Q]! <= c + 1) {
    const end = CAT_END[P_EMBED_Q]!;
    const nxt = TOK[end];
    if (nxt === 'of') return CLOSED;
    if (nxt !== undefined && ((FLG[end]! & F_WH) !== 0 || nxt === 'naar' || nxt === 'meer' || nxt === 'iets' || nxt === 'over' || nxt === 'wat')) {
      if (nxt === 'hoeveel' || nxt === 'wanneer') return CLOSED;
      if (nxt === 'hoe' && (flagsOf(TOK[end + 1]) & F_CLOSED_HOE) !== 0) return CLOSED;
      return OPEN;
    }
    return hasQ ? CLOSED : OPEN;
  }
  if (verbFirst(c, e)) {
    if (!hasQ && (t0 === 'mocht' || t0 === 'mochten')) return QUESTION_NONE; // 'Mocht er iets veranderen, dan …'
    if (politeImperative(c, e, hasQ)) return ADVICE;
    if (!hasQ && RAW[c + 1] !== 0) {
      // 'Meld u aan voor …' (reflexive imperative); 'Belt u mij als …' closed by a full stop
      if ((f0 & (F_IMP | F_FINITE)) === F_IMP || RAW[c + 1] === 2 && (f0 & F_IMP) !== 0 && (f0 & F_POLITE_IMP) === 0 && !Q_WITH_IK.has(t0) && !t0.endsWith('t')) return ADVICE;
      if (curSegDot && RAW[c + 1] === 2 && DOT_IMPERATIVE.has(t0) && !hasTok(c + 2, e, 'weleens') && !hasTok(c + 2, e, 'ooit')) return ADVICE;
    }
    if (!hasQ && CAT_POS[P_ADVICE] === c) return ADVICE;
    if (has(P_ADVICE_Q)) return ADVICE;
    return CLOSED;
  }
  if (hasQ) return CLOSED; // declarative with a question mark
  return QUESTION_NONE;
}

let curSegDot = false;
/** Polite forms that, closed by a full stop, tell rather than ask: 'Belt u mij als …'. */
const DOT_IMPERATIVE = new Set(['belt', 'neemt', 'vult', 'stuurt', 'meldt', 'schakelt', 'bestelt', 'overlegt', 'zoekt', 'probeert', 'schrijft', 'bewaart', 'tekent', 'ondertekent', 'leest', 'bespreekt']);

function whenCircumstance(from: number, e: number): boolean {
  const v = TOK[from];
  if (v !== 'lukt' && v !== 'gaat' && v !== 'voelt' && v !== 'loopt' && v !== 'merkt') return false;
  for (let i = from + 1; i < e && i < from + 6; i++) {
    const t = TOK[i];
    if (t === 'beter' || t === 'best' || t === 'wel' || t === 'makkelijker' || t === 'goed') return true;
  }
  return false;
}

const EXCLAIM_VERBS = new Set(['heeft', 'hebt', 'is', 'bent', 'was', 'doet', 'zit', 'woont', 'ziet', 'kijkt', 'ligt', 'staat', 'klinkt', 'ruikt', 'smaakt', 'zijn', 'hebben']);

/** 'Wat heeft u het gezellig ingericht': an evaluative adjective soon after 'wat heeft u'. */
function exclamationAdjective(from: number, e: number): boolean {
  for (let i = from; i < e && i < from + 3; i++) {
    const t = TOK[i]!;
    if ((FLG[i]! & F_EXCL) !== 0 && t !== 'een' && t !== 'naar' && t !== 'goed' && t !== 'erg') return true;
  }
  return false;
}

function hasLaterBreakBefore(from: number, to: number): boolean {
  for (let i = from + 1; i <= to; i++) if (BRK[i] !== 0) return true;
  return false;
}
function hasTokenAfter(i: number, e: number, t: string): boolean {
  for (let j = i + 1; j < e; j++) if (TOK[j] === t) return true;
  return false;
}

/** Does the clause at [c, e) start a question on its own (for splitting after a comma)? */
function clauseStartsQuestion(c: number, e: number, sentenceQ: boolean, lastClause: boolean): boolean {
  if (c >= e) return false;
  const t0 = TOK[c]!;
  const f0 = FLG[c]!;
  if ((f0 & F_WH) !== 0 || ((f0 & F_PREP) !== 0 && (flagsOf(TOK[c + 1]) & F_WH) !== 0)) {
    // needs question syntax: verb straight after the wh-part, or the clause ends the question
    const w = (f0 & F_PREP) !== 0 ? c + 1 : c;
    const t1 = TOK[w + 1];
    if (t1 === undefined) return sentenceQ && lastClause;
    if ((FLG[w]! & F_WH) !== 0 && (TOK[w] === 'wat' || TOK[w] === 'hoe') && (flagsOf(t1) & F_EXCL) !== 0 && (flagsOf(t1) & F_FINITE) === 0 && (flagsOf(t1) & F_CLOSED_HOE) === 0 && !(TOK[w] === 'hoe' && isVerbLike(w + 2))) return false;
    if (isVerbLike(w + 1) || (TOK[w] === 'welke' || TOK[w] === 'welk' || TOK[w] === 'hoeveel' || TOK[w] === 'hoe') && isVerbLike(w + 2)) return true;
    if (TOK[w] === 'hoe' && (flagsOf(t1) & F_CLOSED_HOE) !== 0) return true;
    if (TOK[w] === 'wat' && t1 === 'voor') return true;
    return sentenceQ && lastClause && !(t1 === 'u' || t1 === 'het' || t1 === 'de' || t1 === 'er');
  }
  if (t0 === 'vertel' || t0 === 'vertelt') return true;
  if (verbFirst(c, e)) {
    const t1 = TOK[c + 1];
    if (t1 === 'ik' && (t0 === 'zou' || t0 === 'regel' || t0 === 'vraag' || t0 === 'zet')) return false;
    return sentenceQ && lastClause || lastClause && (t1 === 'u') || BRK[c] === 3;
  }
  return false;
}

/** The whole clause [c, e) is a tag question ('toch', 'klopt dat', 'heb ik dat goed'). */
function isTagClause(c: number, e: number): boolean {
  const list = CHECK_INDEX.get(TOK[c]!);
  if (!list) return false;
  for (const ph of list) {
    const end = matchFrom(ph.slots, 1, c + 1, e);
    if (end === e) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Segmenting.

function clauseHasFinite(c: number, e: number): boolean {
  for (let i = c; i < e; i++) {
    const f = FLG[i]!;
    if ((f & F_FINITE) !== 0 && (f & F_ACK) === 0) return true;
  }
  return false;
}

function allAck(c: number, e: number): boolean {
  if (c >= e) return true;
  for (let i = c; i < e; i++) {
    const f = FLG[i]!;
    if ((f & (F_ACK | F_FILLER)) === 0 && TOK[i] !== 'dank' && TOK[i] !== 'u' && TOK[i] !== 'wel' && TOK[i] !== 'hoor' && TOK[i] !== 'zeker' && TOK[i] !== 'even') return false;
  }
  return true;
}

function isGreetingClause(c: number, e: number): boolean {
  // 'Dag meneer Kok, …': 'dag' greets only before a form of address
  const dag = TOK[c] === 'dag' && (c + 1 === e || (FLG[c + 1]! & F_VOC) !== 0);
  for (let i = dag ? c + 1 : c; i < e; i++) {
    const f = FLG[i]!;
    if ((f & (F_SMALL | F_VOC | F_FILLER | F_ACK)) === 0) {
      // names after a greeting: allow up to two other words
      if (i - c >= 1 && e - i <= 2) continue;
      return false;
    }
  }
  return dag || (FLG[c]! & F_SMALL) !== 0;
}

let segSentEnd = 0;
let segSentDot = false;

function pushSeg(s: number, e: number, q: boolean, check: boolean): void {
  SEG_DOT[nSeg] = segSentDot && e === segSentEnd ? 1 : 0;
  SEG_S[nSeg] = s;
  SEG_E[nSeg] = e;
  SEG_Q[nSeg] = q ? 1 : 0;
  SEG_CHECK[nSeg] = check ? 1 : 0;
  nSeg++;
}

/** Verbs that open a follow-up question in run-on typing: 'hoe gaat het met koken lukt dat nog'. */
const RUN_ON_VERBS = new Set(['lukt', 'gaat', 'is', 'klopt', 'heeft', 'kunt', 'kan', 'wilt', 'doet', 'bent', 'vindt', 'komt', 'woont', 'mag', 'moet', 'zou', 'gebruikt', 'krijgt', 'helpt', 'valt', 'red', 'redt']);
const RUN_ON_SUBJ = new Set(['dat', 'het', 'u', 'er', 'die']);
const RUN_ON_BLOCK = F_FINITE | F_SUBJ | F_DET | F_PREP | F_SUBORD | F_WH | F_CONJ | F_NEG | F_ACK | F_FILLER;

/** Unpunctuated text: a second question glued to a first one gets a clause break. */
function markRunOnQuestion(s: number, e: number): void {
  const c = skipLead(s, e, false);
  if (c + 4 >= e) return;
  if ((FLG[c]! & F_WH) === 0 && !verbFirst(c, e)) return;
  if ((TOK[c] === 'wat' || TOK[c] === 'hoe') && (FLG[c + 1]! & F_EXCL) !== 0 && (FLG[c + 1]! & (F_FINITE | F_CLOSED_HOE)) === 0) return;
  const wh = (FLG[c]! & F_WH) !== 0;
  for (let i = c + 3; i + 1 < e; i++) {
    if (BRK[i] !== 0) return;
    if (!RUN_ON_VERBS.has(TOK[i]!) || !RUN_ON_SUBJ.has(TOK[i + 1]!)) continue;
    if (wh && !clauseHasFinite(c + 1, i)) continue; // 'wie uit de buurt helpt u': still the first question
    if ((FLG[i - 1]! & RUN_ON_BLOCK) !== 0 || TOK[i - 1] === 'dat' || TOK[i - 1] === 'die') continue;
    BRK[i] = 3; // a clause break that only this run-on rule makes
    return;
  }
}

/** 'denkt u' / 'vindt u' closing a question: part of that question, not a new one. */
function isParentheticalTag(c: number, e: number): boolean {
  if (e - c !== 2 || TOK[c + 1] !== 'u') return false;
  const t = TOK[c]!;
  return t === 'denkt' || t === 'vindt' || t === 'zegt' || t === 'verwacht' || t === 'gelooft' || t === 'weet';
}

function segmentSentence(s: number, e: number, q: boolean, dot: boolean): void {
  segSentEnd = e;
  segSentDot = dot;
  markRunOnQuestion(s, e);
  // clause boundaries inside the sentence
  let segStart = s;
  let clauseStart = s;
  const subordinateStart = (FLG[skipLead(s, e, true)]! & F_SUBORD) !== 0 || TOK[skipLead(s, e, true)] === 'als';
  let blockVerbSplit = subordinateStart;
  let clauseIndex = 0;
  for (let i = s + 1; i <= e; i++) {
    if (i < e && BRK[i] === 0) continue;
    // clause [clauseStart, i) ended; look at the next clause [i, nextEnd)
    if (i >= e) break;
    let nextEnd = i + 1;
    while (nextEnd < e && BRK[nextEnd] === 0) nextEnd++;
    const last = nextEnd >= e;
    const prevC = skipLead(segStart, i, false);
    const prevEmpty = prevC >= i;
    const nc = skipLead(i, nextEnd, false);
    clauseIndex++;
    if (prevEmpty || nc >= nextEnd) {
      clauseStart = i;
      continue;
    }
    // a short greeting/acknowledgement before a comma is its own segment
    // ('Mooi hoor, dat dressoir' stays one remark: an evaluation before a verbless clause)
    if (clauseStart === segStart && (isGreetingClause(clauseStart, i) || allAck(clauseStart, i) && !((FLG[prevC]! & F_EXCL) !== 0 && !clauseHasFinite(nc, nextEnd) && last))) {
      pushSeg(segStart, i, false, false);
      segStart = i;
      clauseStart = i;
      continue;
    }
    // a tag question after a comma
    if (isTagClause(nc, e) && nc < e) {
      // 'klopt dat, of mis ik iets?': two checks in a row
      const lead = skipLead(segStart, i, false);
      pushSeg(segStart, i, false, lead < i && isTagClause(lead, i));
      pushSeg(i, e, q, true);
      return;
    }
    const prevLen = i - prevC;
    const prevIsPrefix = prevLen <= 3 && !clauseHasFinite(prevC, i);
    // 'Kunt u …, of met wat hulp?': a bare alternative belongs to the question before it
    // ('…, of wat zou hij willen doen?' has its own verb: a new question)
    const alternative = q && TOK[i] === 'of' && !clauseHasFinite(i + 1, nextEnd);
    if (!prevIsPrefix && !alternative && !(q && last && isParentheticalTag(nc, nextEnd))) {
      const qStart = clauseStartsQuestion(nc, nextEnd, q, last);
      const isVerbFirstStart = qStart && (FLG[nc]! & F_WH) === 0 && !((FLG[nc]! & F_PREP) !== 0);
      // a sentence closed by a full stop: 'Samengevat, … bent u banger geworden, gaat u minder …' is inversion
      if (qStart && !(isVerbFirstStart && (blockVerbSplit || dot && !q && !politeImperative(nc, nextEnd, false)))) {
        pushSeg(segStart, i, false, false);
        segStart = i;
      }
    }
    if (clauseIndex === 1 && subordinateStart) blockVerbSplit = true;
    clauseStart = i;
  }
  // trailing tag without a comma: 'u woont alleen toch', 'klopt dat' at the end
  const len = e - segStart;
  if (len >= 4) {
    const lastTok = TOK[e - 1]!;
    if (lastTok === 'toch' || lastTok === 'he' || lastTok === 'hè') {
      pushSeg(segStart, e - 1, false, false);
      pushSeg(e - 1, e, q, true);
      return;
    }
    if (len >= 5 && TOK[e - 2] === 'klopt' && (lastTok === 'dat' || lastTok === 'het')) {
      pushSeg(segStart, e - 2, false, false);
      pushSeg(e - 2, e, q, true);
      return;
    }
    if (len >= 5 && TOK[e - 2] === 'of' && lastTok === 'niet') {
      pushSeg(segStart, e - 2, false, false);
      pushSeg(e - 2, e, q, true);
      return;
    }
  }
  pushSeg(segStart, e, q, isTagClause(skipLead(segStart, e, false), e) && skipLead(segStart, e, false) < e);
}

// ---------------------------------------------------------------------------------------------
// Per-segment classification.

/** Count of clauses joined in a statement: ', u …', 'en dat …', 'en u …'. */
function itemCount(s: number, e: number): number {
  let items = 1;
  for (let i = s + 1; i < e; i++) {
    const t = TOK[i]!;
    const brk = BRK[i] !== 0;
    if (t === 'en' || brk) {
      let j = t === 'en' ? i + 1 : i;
      if (brk && t === 'en') j = i + 1;
      if (j >= e) continue;
      const n = TOK[j]!;
      const fn = FLG[j]!;
      if (n === 'en' && brk) continue; // ', en …' counted at the 'en'
      if (n === 'u' || n === 'uw' || n === 'het' || n === 'de' || n === 'dat' || n === 'ze' || n === 'hij' || n === 'zij' || n === 'er' || n === 'over' || n === 'daardoor' || n === 'ik' || n === 'we' || n === 'wij' || n === 'een' || n === 'voor' || n === 'buiten' || n === 'naar' || ((fn & F_NONVERB) === 0 && isVerbLike(j))) items++;
    }
  }
  return items;
}

/** Subject of the statement is the client: 'U woont…', 'Uw man…', 'Het douchen doet u…'. */
function clientSubject(c: number, e: number): boolean {
  const t0 = TOK[c];
  if (t0 === undefined) return false;
  if (t0 === 'u' || t0 === 'uw' || t0 === 'uzelf') return true;
  if (t0 === 'ik' || t0 === 'we' || t0 === 'wij') return false;
  // 'De huisarts kan u doorverwijzen': an acting person first, 'u' is the object
  if ((FLG[c]! & F_AGENT) !== 0 || (FLG[c]! & F_DET) !== 0 && (FLG[c + 1]! & F_AGENT) !== 0) return false;
  if ((FLG[c]! & F_PREP) !== 0) return frontedAboutClient(c, e);
  for (let i = c + 1; i < e && i <= c + 3; i++) {
    const t = TOK[i]!;
    if (t === 'ik' || t === 'we' || t === 'wij') return false;
    if (t === 'u' && (FLG[i - 1]! & (F_PREP | F_DET)) === 0 && TOK[i - 1] !== 'dat' && TOK[i - 1] !== 'als') {
      if (serviceVerbAfter(i + 1, e)) return false; // 'Het steunpunt kan u helpen': 'u' is the object
      // 'Een pgb moet u zelf beheren': a rule about a provision
      if (OPTION_VERBS.has(TOK[i - 1]!) && tokenFlagIn(c, i - 1, F_SOLUTION | F_INFO)) return false;
      return isVerbLike(i - 1) || (FLG[i - 1]! & F_NONVERB) === 0;
    }
  }
  return false;
}

const SERVICE_VERBS = new Set(['helpen', 'ondersteunen', 'begeleiden', 'adviseren', 'doorverwijzen', 'informeren', 'ophalen', 'brengen', 'bezoeken', 'bellen', 'bijstaan', 'verwijzen']);
function serviceVerbAfter(from: number, e: number): boolean {
  for (let i = from; i < e && i < from + 4; i++) if (SERVICE_VERBS.has(TOK[i]!)) return true;
  return false;
}

/**
 * A fronted phrase, then the verb: 'Sinds de val durft u niet meer …' (the client is the subject),
 * 'Sinds de dood van uw vrouw is het stil in huis' (the client's life, nothing of the procedure).
 */
/** 'kunt u zich nauwelijks draaien': what the client can hardly do, not an option offered. */
function limitedAbility(from: number, e: number): boolean {
  for (let i = from; i < e && i < from + 5; i++) {
    const t = TOK[i]!;
    if ((FLG[i]! & F_NEG) !== 0 || t === 'nauwelijks' || t === 'amper' || t === 'moeilijk' || t === 'slecht') return true;
  }
  return false;
}

const OPTION_VERBS = new Set(['kunt', 'kan', 'kun', 'kunnen', 'mag', 'mogen', 'moet', 'moeten', 'hoeft', 'hoeven', 'betaalt', 'krijgt', 'krijgen', 'ontvangt', 'zult', 'zullen', 'zou', 'zouden', 'wordt', 'worden']);
function frontedAboutClient(c: number, e: number): boolean {
  let mentions = false;
  let from = c + 1;
  if ((FLG[c]! & F_SUBORD) !== 0) {
    // 'Sinds de kinderen het huis uit zijn, hoort u …': the main clause after the comma
    while (from < e && BRK[from] === 0) from++;
    if (from >= e) from = c + 1; // no comma: 'Sinds de beroerte leest u …'
  }
  for (let i = from; i < e && i <= from + 7; i++) {
    const t = TOK[i]!;
    if (t === 'uw') mentions = true;
    if (!isVerbLike(i) || i > from && (FLG[i - 1]! & (F_DET | F_PREP)) !== 0) continue;
    // 'Met een pgb kunt u …', 'Voor hulp betaalt u …': an option or a rule of the procedure
    if (OPTION_VERBS.has(t) && !((t === 'kunt' || t === 'kan' || t === 'kun') && limitedAbility(i + 1, e)) || tokenFlagIn(c, e, F_INFO)) return false;
    if (TOK[i + 1] === 'u' && !serviceVerbAfter(i + 2, e)) return true;
    return mentions && TOK[i + 1] === 'het' && !tokenFlagIn(c, e, F_INFO | F_SOLUTION | F_AGENT);
  }
  return false;
}

function feelingIn(s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const f = FLG[i]!;
    if ((f & F_FEEL) === 0) continue;
    const t = TOK[i]!;
    if (t === 'alleen') {
      const prev = TOK[i - 1] ?? '';
      const next = i + 1 < e && BRK[i + 1] === 0 ? TOK[i + 1]! : '';
      if (next === 'wonen' || next === 'woont' || livesBefore(i)) continue;
      if (next === '' || next === 'en' || next === 'voor' || next === 'te' || next === 'zijn' || next === 'thuis' || next === 'gelaten' || next === 'staan' || next === 'staat' || next === 'gevoel' || next === 'voelen' || next === 'achter' || next === 'zitten' || next === 'over') return true;
      if (prev === 'zo' || prev === 'erg' || prev === 'heel' || prev === 'helemaal' || prev === 'zich' || prev === 'bent' || prev === 'voelt' || prev === 'er' || prev === 'eenzaam') return true;
      continue;
    }
    if ((t === 'zware' || t === 'zwaar') && LITERAL_HEAVY.has(TOK[i + 1] ?? '')) continue;
    if (t === 'bezorgd' && i > 0 && PASSIVE_AUX.has(TOK[i - 1]!)) continue;
    if (t === 'zorgen') {
      const next = TOK[i + 1] ?? '';
      if (next === 'voor' || next === 'dat' || next === 'ervoor') continue;
    }
    if (t === 'naar' || t === 'pijn' || t === 'wakker' || t === 'kwijt' || t === 'vertrouwen' || t === 'leeg' || t === 'raakt') {
      // only feeling-ish in specific frames
      if (t === 'naar') {
        const prev = TOK[i - 1] ?? '';
        if (!(prev === 'wat' || prev === 'heel' || prev === 'erg' || prev === 'best' || prev === 'zo' || prev === 'is')) continue;
        if (i + 1 < e && BRK[i + 1] === 0 && TOK[i + 1] !== 'voor' && TOK[i + 1] !== 'dat' && prev === 'is') continue;
      }
    }
    if (t === 'voelen' || t === 'voelt' || t === 'voel' || t === 'voelde') {
      // 'u voelt zich …' counts; a bare 'voelt' only as 'het voelt alsof'
      return true;
    }
    return true;
  }
  return false;
}

function livesBefore(i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
    const t = TOK[j]!;
    if (t === 'woont' || t === 'woon' || t === 'wonen' || t === 'woonde' || t === 'woonden') return true;
    if (BRK[j + 1] !== 0) break;
  }
  return false;
}

const PASSIVE_AUX = new Set(['wordt', 'worden', 'werd', 'werden', 'laten', 'laat', 'thuis', 'gratis', 'koud', 'warm', 'vers']);
const LITERAL_HEAVY = new Set(['huishouden', 'werk', 'klussen', 'tassen', 'boodschappen', 'dingen', 'spullen', 'werkzaamheden', 'taken', 'deur', 'dozen']);

function deepIn(s: number, e: number): boolean {
  if (has(P_DEEP)) return true;
  for (let i = s; i < e; i++) if ((FLG[i]! & F_DEEP) !== 0) return true;
  return false;
}

function solutionIn(s: number, e: number): boolean {
  for (let i = s; i < e; i++) if ((FLG[i]! & F_SOLUTION) !== 0) return true;
  return false;
}
function tokenFlagIn(s: number, e: number, flag: number): boolean {
  for (let i = s; i < e; i++) if ((FLG[i]! & flag) !== 0) return true;
  return false;
}

/** Any imperative at the start of a clause inside the segment. */
function imperativeIn(s: number, e: number, c: number, q: boolean): boolean {
  let clause = c;
  for (;;) {
    const cc = skipLead(clause, e, true);
    const skipDan = TOK[cc] === 'dan' || TOK[cc] === 'en' ? cc + 1 : cc;
    if (bareImperative(skipDan, e)) return true;
    if (!q && verbFirst(skipDan, e) && politeImperative(skipDan, e, q)) return true;
    let nx = clause + 1;
    while (nx < e && BRK[nx] === 0) nx++;
    if (nx >= e) return false;
    clause = nx;
  }
}

function classifySegment(k: number): void {
  const s = SEG_S[k]!;
  const e = SEG_E[k]!;
  const q = SEG_Q[k] === 1;
  let form = SMALL;
  let strong = false;
  const c = skipPrefixClause(skipLead(s, e, false), e, false);
  const anchor = skipPrefixClause(skipLead(s, e, true), e, true);
  scanPhrases(s, e, anchor);
  SEG_CONNECT[k] = c < e && (TOK[s] === 'en' || TOK[c] === 'ook' || TOK[c] === 'daarnaast' || TOK[c] === 'verder' || TOK[c] === 'bovendien' || hasTok(c, e, 'ook')) ? 1 : 0;
  SEG_ELICIT[k] = has(P_ELICIT) ? 1 : 0;
  SEG_AUTONOMY[k] = has(P_AUTONOMY) ? 1 : 0;
  SEG_SOFT[k] = has(P_ADVICE_SOFT) || has(P_FOR_YOU) ? 1 : 0;
  const or = SEG_FLAGS_OR;
  SEG_SOLUTION[k] = (or & F_SOLUTION) !== 0 ? 1 : 0;
  SEG_OFFER[k] = has(P_INFO_OFFER) ? 1 : 0;
  SEG_SUMOPEN[k] = SEG_Q[k] === 1 && has(P_SUMMARY) && (TOK[c] === 'mag' || TOK[c] === 'zal' || TOK[c] === 'kan' || TOK[c] === 'wil') && TOK[c + 1] === 'ik' ? 1 : 0;
  curSegDot = SEG_DOT[k] === 1;
  let chat = false;

  out: {
    if (c >= e) {
      form = SMALL;
      break out;
    }
    if (SEG_CHECK[k]) {
      form = CLOSED;
      break out;
    }
    // advice with permission, asked outright or offered conditionally
    if ((has(P_PERMIT) && !whBefore(CAT_POS[P_PERMIT]!, s)) || has(P_PERM_COND)) {
      form = PERMIT;
      break out;
    }
    if (has(P_PERM_ASK)) {
      const from = CAT_END[P_PERM_ASK]!;
      form = tokenFlagIn(from, e, F_PROC) || sendsDocument(from, e) ? CLOSED : PERMIT;
      break out;
    }
    if (has(P_OFFER) && (hasTok(s, e, 'beginnen') || hasTok(s, e, 'starten') || hasTok(s, e, 'pauze'))) {
      form = SMALL;
      break out;
    }
    // 'Zal ik volgende maand terugkomen, of liever telefonisch?': planning the next contact is a question
    if (has(P_OFFER) && (or & F_SMALL) === 0 && (or & F_PROC) === 0 && !hasTok(s, e, 'afspraak') && !hasTok(s, e, 'beginnen') && !hasTok(s, e, 'herhalen') && !hasTok(s, e, 'liever') && !hasTok(s, e, 'terugkomen') && !hasTok(s, e, 'langskomen') && !sendsDocument(s, e)) {
      form = PERMIT;
      break out;
    }
    if (has(P_SMALL_FIRST)) {
      form = SMALL;
      chat = true;
      break out;
    }
    // 'U beslist zelf, maar …' / 'Het is uw keuze, maar …': autonomy first, then the suggestion
    if (has(P_AUTONOMY) && CAT_POS[P_AUTONOMY]! <= anchor + 1 && hasTok(CAT_END[P_AUTONOMY]!, e, 'maar')) {
      form = PERMIT;
      break out;
    }
    const qf = questionForm(c, e, q);
    if (qf !== QUESTION_NONE) {
      const declarative = qf === CLOSED && q && !verbFirst(c, e) && (FLG[c]! & F_WH) === 0;
      if (qf === ADVICE) {
        form = ADVICE;
        strong = true;
        break out;
      }
      if (has(P_FOR_YOU) && (qf === CLOSED || qf === OPEN)) {
        form = PERMIT;
        break out;
      }
      if ((or & F_SMALL) !== 0 && !has(P_INVITE) || has(P_SMALL) || has(P_SMALL_FIRST)) {
        form = SMALL;
        break out;
      }
      if (has(P_ADVICE_Q)) {
        form = ADVICE;
        strong = true;
        break out;
      }
      if (declarative) {
        // a statement with a question mark: reflections with a rising tone stay reflections
        if (has(P_SUMMARY)) {
          form = SUMMARY;
          strong = true;
          break out;
        }
        if (has(P_UNDERSTAND) || CAT_POS[P_REFLECT] === anchor && (TOK[anchor] === 'het' || TOK[anchor] === 'dat' || TOK[anchor] === 'klinkt' || TOK[anchor] === 'zo' || TOK[anchor + 1] === 'zegt' || TOK[anchor + 1] === 'zei' || TOK[anchor + 1] === 'bedoelt' || TOK[anchor + 1] === 'vertelt' || TOK[anchor + 1] === 'vertelde')) {
          form = feelingIn(s, e) || deepIn(s, e) ? COMPLEX : SIMPLE;
          strong = true;
          break out;
        }
        if (has(P_PRAISE)) {
          form = AFFIRM;
          break out;
        }
      }
      form = qf;
      break out;
    }
    // -- statements
    if (allAck(c, e) || CAT_POS[P_ACK] === anchor || CAT_POS[P_ACK] === c) {
      form = SMALL;
      break out;
    }
    if (CAT_POS[P_EMPATHY_ACK] === anchor || CAT_POS[P_EMPATHY_ACK] === c) {
      form = COMPLEX;
      break out;
    }
    // farewells, the consultant's own coat and phone, the way here: small talk whatever else is said
    if (has(P_SMALL_FIRST)) {
      form = SMALL;
      chat = true;
      break out;
    }
    // 'Goedemorgen, mevrouw Jansen!': the name after a greeting
    if ((FLG[s]! & F_VOC) !== 0 && e - s <= 3) {
      form = SMALL;
      break out;
    }
    const reflectAnchored = CAT_POS[P_REFLECT]! >= 0 && CAT_POS[P_REFLECT]! <= anchor + 1;
    const clientSubj = clientSubject(anchor, e);
    const dusStart = TOK[c] === 'dus' || TOK[s] === 'dus';
    // after 'Dus', a verbless first clause is the first item of a list ('Dus, de huur, de brief en …')
    const items = dusStart ? itemCount(skipLead(s, e, true), e) : itemCount(anchor, e);
    if (has(P_SUMMARY)) {
      form = SUMMARY;
      strong = true;
      break out;
    }
    // 'Nog even de afspraken: …, … en …'
    // 'Even terug naar de afspraken.' on its own: it announces the list in the next sentence
    if (has(P_RECAP) && (listParts(CAT_END[P_RECAP]!, e) >= 3 || CAT_END[P_RECAP] === e && e - s <= 6 && k + 1 < nSeg && SEG_Q[k + 1] !== 1)) {
      if (listParts(CAT_END[P_RECAP]!, e) < 3) SEG_SUMOPEN[k] = 1;
      form = SUMMARY;
      strong = true;
      break out;
    }
    if (has(P_UNDERSTAND) && (items >= 3 || items >= 2 && dusStart)) {
      form = SUMMARY;
      strong = true;
      break out;
    }
    // 'U kunt kiezen tussen natura en een pgb, en er is een eigen bijdrage': a list of procedure is information
    const procedure = (or & (F_INFO | F_DOC)) !== 0 && !reflectAnchored && !dusStart;
    if (items >= 3 && !procedure && (reflectAnchored || clientSubj || dusStart || has(P_UNDERSTAND)) && !has(P_ADVICE) && !(has(P_PROMISE) && !dusStart) && !imperativeIn(s, e, c, q)) {
      form = SUMMARY;
      strong = true;
      break out;
    }
    if (has(P_UNDERSTAND) || reflectAnchored && !(has(P_ADVICE) && CAT_POS[P_ADVICE]! <= CAT_POS[P_REFLECT]!) && !(has(P_INFO_PROC) && CAT_POS[P_INFO_PROC]! <= CAT_POS[P_REFLECT]!)) {
      if (has(P_PRAISE) && !has(P_UNDERSTAND) && TOK[anchor] !== 'u') {
        form = AFFIRM;
        break out;
      }
      form = feelingIn(s, e) || deepIn(s, e) || has(P_EMPATHY) ? COMPLEX : SIMPLE;
      strong = true;
      break out;
    }
    if (has(P_ADVICE) && has(P_PRAISE) && CAT_POS[P_ADVICE]! <= CAT_POS[P_PRAISE]!) {
      form = ADVICE;
      strong = true;
      break out;
    }
    if (has(P_THANKS)) {
      form = SMALL;
      break out;
    }
    // 'U heeft veertig jaar voor anderen klaargestaan, dat is niet niks': valuing what the client did
    if (has(P_TAIL_PRAISE) && clientSubj && CAT_POS[P_TAIL_PRAISE]! > anchor && !feelingIn(s, CAT_POS[P_TAIL_PRAISE]!)) {
      form = AFFIRM;
      break out;
    }
    // 'U heeft al van alles geprobeerd …' praises, unless a feeling layer follows ('… en u bent het zat')
    if (has(P_PRAISE_WEAK) && !has(P_PRAISE)) {
      form = feelingIn(s, e) || deepIn(s, e) || hasTok(s, e, 'eigenlijk') || hasTok(CAT_END[P_PRAISE_WEAK]!, e, 'maar') ? COMPLEX : AFFIRM;
      strong = form === COMPLEX;
      break out;
    }
    if (has(P_PRAISE) || (or & F_PRAISE) !== 0 && !(hasTok(s, e, 'knap') && (hasTok(s, e, 'lastig') || hasTok(s, e, 'moeilijk') || hasTok(s, e, 'zwaar')))) {
      form = AFFIRM;
      break out;
    }
    if (has(P_ADVICE) && !embeddedAdvice(CAT_POS[P_ADVICE]!, s) || has(P_PROMISE) && (or & F_DOC) === 0 || imperativeIn(s, e, c, q) || promisedProvision(anchor, e) || someoneMustUse(anchor, e)) {
      form = ADVICE;
      strong = true;
      break out;
    }
    if (startsWithFirstPersonAction(anchor, e) && (or & F_SOLUTION) !== 0 && (!has(P_INFO_PROC) || decidesFor(anchor, e))) {
      form = ADVICE;
      strong = true;
      break out;
    }
    if (has(P_FOR_YOU)) {
      form = ADVICE;
      break out;
    }
    if (CAT_POS[P_EMPATHY] === anchor || CAT_POS[P_EMPATHY] === c) {
      form = COMPLEX;
      strong = true;
      break out;
    }
    const feeling = feelingIn(s, e);
    const deep = deepIn(s, e);
    if (clientSubj && (feeling || deep) && !has(P_INFO) && !(has(P_INFO_PROC))) {
      form = COMPLEX;
      strong = true;
      break out;
    }
    if (has(P_SMALL) && !clientSubj) {
      form = SMALL;
      chat = true;
      break out;
    }
    // 'Goedemiddag, ik ben Linda van de gemeente': an introduction is small talk
    if (has(P_INTRO) && !clientSubj) {
      form = SMALL;
      break out;
    }
    // 'Wat een prachtige geraniums', 'Leuk, die tekening …': a verbless remark on the surroundings
    if ((remarkWithoutVerb(skipLead(s, e, false), e) || exclamationRemark(c, e)) && (or & (F_INFO | F_SOLUTION)) === 0) {
      form = SMALL;
      chat = true;
      break out;
    }
    if (has(P_INFO) || has(P_INFO_PROC) || (or & F_INFO) !== 0) {
      form = INFO;
      strong = true;
      break out;
    }
    if (has(P_ADVICE_SOFT)) {
      form = ADVICE;
      break out;
    }
    if (has(P_AUTONOMY) && !has(P_REFLECT)) {
      form = INFO;
      break out;
    }
    if (has(P_SMALL) || (or & F_SMALL) !== 0 && !clientSubj) {
      form = SMALL;
      chat = true;
      break out;
    }
    if (clientSubj || dusStart || has(P_CLIENT_PRED) && (or & F_AGENT) === 0 || clientWorld(anchor, e) || lifeSubject(anchor, e)) {
      form = feeling || deep ? COMPLEX : SIMPLE;
      // 'U woont toch alleen': the particle asks for confirmation of a fact
      if (form === SIMPLE && (TOK[anchor + 2] === 'toch' || TOK[anchor + 1] === 'toch') && TOK[anchor] === 'u') form = CLOSED;
      break out;
    }
    if (feeling || deep) {
      form = COMPLEX;
      break out;
    }
    if (isGreetingClause(c, e)) {
      form = SMALL;
      break out;
    }
    form = INFO;
  }
  SEG_FORM[k] = form;
  SEG_STRONG[k] = strong ? 1 : 0;
  SEG_CHAT[k] = chat && !isGreetingClause(skipLead(s, e, false), e) ? 1 : 0;
}

/** 'Hoe is het idee ontstaan?': a question word right before a proposal phrase asks about it. */
function whBefore(p: number, s: number): boolean {
  const w = TOK[p - 1];
  return p > s && (w === 'hoe' || w === 'waar' || w === 'wanneer' || w === 'waarom' || w === 'sinds');
}

/** Parts of a list after a lead-in: items split by commas and 'en'. */
function listParts(from: number, e: number): number {
  let parts = from < e ? 1 : 0;
  for (let i = from + 1; i < e; i++) if (BRK[i] !== 0 && TOK[i] !== 'en' || TOK[i] === 'en') parts++;
  return parts;
}

/** 'Het is uw keuze, maar …' sending a document: 'Is het goed als ik het verslag naar uw dochter mail?' */
function sendsDocument(s: number, e: number): boolean {
  return tokenFlagIn(s, e, F_SEND) && tokenFlagIn(s, e, F_DOC);
}

/** 'u moet' inside an indirect question is no advice: 'u weet niet meer waar u moet beginnen'. */
function embeddedAdvice(p: number, s: number): boolean {
  if (p - 1 <= s) return false;
  const w = TOK[p - 1]!;
  return (FLG[p - 1]! & F_WH) !== 0 && w !== 'wat' && BRK[p - 1] === 0 || w === 'of' && (FLG[p - 2]! & (F_NEG | F_FINITE)) !== 0;
}

/** 'Uw man moet naar de dagbesteding': someone close to the client must use a provision. */
function someoneMustUse(c: number, e: number): boolean {
  for (let i = c + 1; i < e && i <= c + 3; i++) {
    const t = TOK[i]!;
    if (t !== 'moet' && t !== 'moeten') continue;
    const subj = TOK[i - 1]!;
    if (!FAMILY.has(subj) && subj !== 'hij' && subj !== 'zij') return false;
    if (TOK[i + 1] === 'echt' || TOK[i + 1] === 'gewoon' || TOK[i + 1] === 'maar') return true;
    for (let j = i + 1; j < e && j <= i + 5; j++) if ((FLG[j]! & F_SOLUTION) !== 0) return !negationIn(i, j);
    return false;
  }
  return false;
}

/** A remark without a finite verb that starts with an evaluation: 'Wat een mooie foto's', 'Leuk, die tekening'. */
function remarkWithoutVerb(c: number, e: number): boolean {
  const t0 = TOK[c]!;
  if ((FLG[c]! & F_EXCL) === 0 && !(t0 === 'wat' && TOK[c + 1] === 'een')) return false;
  for (let i = c + 1; i < e; i++) if ((FLG[i]! & (F_FINITE | F_FEEL)) !== 0 && (FLG[i]! & F_EXCL) === 0) return false;
  return !feelingIn(c, c + 1);
}

/** 'Wat ruikt het hier lekker', 'Wat zit u hier mooi': an exclamation about the surroundings. */
function exclamationRemark(c: number, e: number): boolean {
  return TOK[c] === 'wat' && EXCLAIM_VERBS.has(TOK[c + 1]!) && exclamationAdjective(c + 2, e) && !feelingIn(c, e);
}

/** 'De trap is het probleem', 'Het huis is te groot geworden': the client's daily life as subject. */
function lifeSubject(c: number, e: number): boolean {
  let i = c;
  const t0 = TOK[i]!;
  if (t0 === 'de' || t0 === 'het' || t0 === 'uw' || t0 === 'die' || t0 === 'dat') i++;
  if (i >= e || (FLG[i]! & F_LIFE) === 0 || i + 1 >= e) return false;
  const v = TOK[i + 1]!;
  const fv = FLG[i + 1]!;
  const verb = (fv & F_FINITE) !== 0 || (fv & (F_NONVERB | F_PREP | F_DET | F_SUBJ)) === 0 && v.length > 3 && v.endsWith('en');
  return (verb || isVerbLike(i + 1)) && !tokenFlagIn(c, e, F_INFO) && !tokenFlagIn(c, i + 1, F_SOLUTION | F_AGENT);
}

function hasTok(s: number, e: number, t: string): boolean {
  for (let i = s; i < e; i++) if (TOK[i] === t) return true;
  return false;
}

const FAMILY = new Set(['dochter', 'zoon', 'man', 'vrouw', 'kinderen', 'kind', 'buren', 'buurman', 'buurvrouw', 'familie', 'kleinkinderen', 'kleindochter', 'kleinzoon', 'broer', 'zus', 'vriend', 'vriendin', 'vrienden', 'partner', 'moeder', 'vader', 'ouders', 'schoonzoon', 'schoondochter', 'hond', 'kat']);

/** A statement about someone in the client's life: 'Hij vergeet steeds meer', 'De buren helpen'. */
function clientWorld(c: number, e: number): boolean {
  const t0 = TOK[c];
  if (t0 === undefined || c + 1 >= e) return false;
  if ((t0 === 'hij' || t0 === 'zij' || t0 === 'ze') && isVerbLike(c + 1)) return true;
  return (t0 === 'haar' || t0 === 'zijn' || t0 === 'de' || t0 === 'uw') && FAMILY.has(TOK[c + 1]!);
}

/** 'U krijgt een scootmobiel': a provision promised to the client (not a document). */
function promisedProvision(c: number, e: number): boolean {
  if (TOK[c] !== 'u' || TOK[c + 1] !== 'krijgt') return false;
  return solutionIn(c, e) && !tokenFlagIn(c, e, F_DOC) && !tokenFlagIn(c, e, F_NEG) && !hasTok(c, e, 'al') && !hasTok(c, e, 'nu');
}

/** 'We gaan voor een traplift': a decision for a provision. */
function decidesFor(i: number, e: number): boolean {
  const t = TOK[i];
  const v = TOK[i + 1];
  return (t === 'ik' || t === 'we' || t === 'wij') && (v === 'gaan' || v === 'ga' || v === 'kiezen' || v === 'kies') && TOK[i + 2] === 'voor' && i + 3 < e;
}

function startsWithFirstPersonAction(c: number, e: number): boolean {
  for (let i = c; i < e && i <= c + 3; i++) {
    const t = TOK[i]!;
    if ((t === 'ik' || t === 'we' || t === 'wij') && i + 1 < e && (FLG[i + 1]! & F_ACTION_1P) !== 0) {
      // 'Ik bel u over zes weken': a follow-up contact, not a provision
      const v = TOK[i + 1]!;
      if (TOK[i + 2] === 'u' && (v === 'bel' || v === 'bellen' || v === 'stuur' || v === 'zoek')) return false;
      return true;
    }
    if (decidesFor(i, e)) return true;
    if ((FLG[i]! & F_ACTION_1P) !== 0 && (TOK[i + 1] === 'ik' || TOK[i + 1] === 'we')) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Utterance level.

// Rank of statement forms when no question or permission decides.
const RANK_STRONG = [0, 0, 5, 6, 8, 7, 10, 11, 8.5, 1];
const RANK_WEAK = [0, 0, 4, 6, 8, 3, 9, 11, 8.5, 1];

const FORM_NAMES: readonly Form[] = FORMS;

/** A question about feelings, daily life or the procedure is no small talk: 'mist u hem erg?'. */
function personalQuestion(s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    if ((FLG[i]! & (F_FEEL | F_LIFE | F_INFO | F_SOLUTION)) !== 0) return true;
    const t = TOK[i];
    if (t === 'mist' || t === 'mis' || t === 'missen') return true;
  }
  return false;
}

/** Words that make 'A of B' after a question word a choice ('Wat heeft u liever, …') rather than examples ('Wat lukt nog, op de fiets of met de bus?'). */
const CHOICE_WORDS = new Set(['liever', 'liefst', 'allerliefst', 'voorkeur', 'kiest', 'kiezen', 'kies', 'beter', 'wilt', 'wil', 'prettiger', 'fijner', 'handiger', 'makkelijker']);

function asksToChoose(from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (CHOICE_WORDS.has(TOK[i]!)) return true;
  return TOK[from] === 'welke' || TOK[from] === 'welk';
}

/** A question that opens with a check of what was just said: 'Klopt dat, en …', 'Heb ik het goed, …'. */
function opensWithCheck(s: number, e: number): boolean {
  const a = TOK[s];
  if (a === 'klopt') return true;
  return e - s >= 3 && (a === 'heb' || a === 'begrijp' || a === 'zie' || a === 'hoor') && TOK[s + 1] === 'ik';
}

/** 'Op een schaal van 0 tot 10, …' earlier in the same sentence as the question starting at p. */
function scaleBefore(p: number): boolean {
  for (let i = p - 1; i >= 0 && BRK[i + 1] !== 2; i--) if (TOK[i] === 'schaal' && TOK[i + 1] === 'van') return true;
  return false;
}

export function readForm(text: string): FormReading {
  tokenize(typeof text === 'string' ? text : '');
  nSeg = 0;
  for (let i = 0; i < nSent; i++) segmentSentence(SENT_S[i]!, SENT_E[i]!, SENT_Q[i] === 1, SENT_DOT[i] === 1);
  const n = nSeg;
  if (n === 0) return { form: 'small_talk', segments: ['small_talk'] };
  for (let k = 0; k < n; k++) classifySegment(k);

  const segments: Form[] = new Array(n);
  for (let k = 0; k < n; k++) segments[k] = FORM_NAMES[SEG_FORM[k]!]!;

  // 'Mag ik even samenvatten? U … en u …. Klopt dat?': the announced summary is what was said, not a yes/no question
  let summaryFrom = -1;
  for (let k = 0; k + 1 < n && summaryFrom < 0; k++) {
    if (!SEG_SUMOPEN[k]) continue;
    let said = 0;
    for (let j = k + 1; j < n; j++) if (SEG_FORM[j] === SIMPLE || SEG_FORM[j] === COMPLEX || SEG_FORM[j] === SUMMARY || SEG_FORM[j] === INFO) said++;
    if (said === 0) continue;
    summaryFrom = k;
    SEG_FORM[k] = SUMMARY;
    SEG_STRONG[k] = 1;
    segments[k] = 'summary';
  }

  // 1. advice with permission anywhere
  let anyAdvice = false;
  let anySoft = false;
  let anySolution = false;
  for (let k = 0; k < n; k++) {
    if (SEG_FORM[k] === PERMIT) return { form: 'advice_with_permission', segments };
    if (SEG_FORM[k] === ADVICE) anyAdvice = true;
    if (SEG_SOFT[k]) anySoft = true;
    if (SEG_SOLUTION[k]) anySolution = true;
  }
  // 2. advice or a proposed provision followed by 'wat vindt u daarvan?'
  for (let k = 0; k < n; k++) {
    if (!SEG_ELICIT[k] || (SEG_FORM[k] !== OPEN && SEG_FORM[k] !== CLOSED)) continue;
    // 'Wat denkt u, zou de boodschappendienst uitkomst bieden?': the proposal may follow the question
    const last = k + 1 < n && SEG_E[k]! - SEG_S[k]! <= 3 ? k + 1 : k - 1;
    for (let j = 0; j <= last; j++) {
      if (j === k) continue;
      if (SEG_FORM[j] === ADVICE || SEG_SOFT[j] || (SEG_FORM[j] === INFO && SEG_SOLUTION[j])) return { form: 'advice_with_permission', segments };
    }
  }
  // 2b. an offer to tell something, then 'mag dat?' / 'is dat goed?'
  for (let k = 1; k < n; k++) {
    if (SEG_CHECK[k] && SEG_OFFER[k - 1]) return { form: 'advice_with_permission', segments };
  }
  // 3. advice softened by autonomy ('… maar u bepaalt zelf')
  for (let k = 0; k < n; k++) {
    if (SEG_AUTONOMY[k] && (anyAdvice || anySoft || anySolution)) return { form: 'advice_with_permission', segments };
  }
  // 4. the last real question decides; a check after a reflection/summary does not count
  let lastQ = -1;
  for (let k = 0; k < n; k++) {
    const f = SEG_FORM[k]!;
    if (f !== OPEN && f !== CLOSED) continue;
    if (SEG_CHECK[k]) {
      let p = k - 1;
      while (p >= 0 && SEG_CHECK[p]) p--;
      if (p >= 0) {
        const pf = SEG_FORM[p]!;
        if (pf === SUMMARY || pf === COMPLEX || pf === SMALL || pf === AFFIRM || pf === ADVICE || (pf === SIMPLE && SEG_STRONG[p])) continue;
        if (summaryFrom >= 0 && summaryFrom < p && (pf === SIMPLE || pf === INFO)) continue;
      }
    } else if (((k > 0 && SEG_FORM[k - 1] === SUMMARY && SEG_STRONG[k - 1]) || (summaryFrom >= 0 && summaryFrom < k)) && opensWithCheck(SEG_S[k]!, SEG_E[k]!)) {
      // 'Ik vat samen: … Klopt dat, en mag ik …?': the check belongs to the summary
      continue;
    }
    lastQ = k;
  }
  if (lastQ >= 0) {
    const f = SEG_FORM[lastQ]!;
    // 'Wat een lieve hond, hoe heet hij?', 'Is dat uw kat? Wat een mooi beest.': a yes/no question in small talk
    if (f === CLOSED && (lastQ > 0 && SEG_CHAT[lastQ - 1] || lastQ + 1 < n && SEG_CHAT[lastQ + 1]) && !personalQuestion(SEG_S[lastQ]!, SEG_E[lastQ]!)) return { form: 'small_talk', segments };
    // 'Op een schaal van 0 tot 10, hoe …?': a scaling question asks for one number
    if (f === OPEN && scaleBefore(SEG_S[lastQ]!)) return { form: 'closed_question', segments };
    return { form: FORM_NAMES[f]!, segments };
  }

  // 5. several reflections pulled together make a summary
  let refl = 0;
  let weakInfo = 0;
  let connect = false;
  let firstDus = false;
  for (let k = 0; k < n; k++) {
    const f = SEG_FORM[k]!;
    if (f === SIMPLE || f === COMPLEX || f === SUMMARY) {
      refl++;
      if (k > 0 && SEG_CONNECT[k]) connect = true;
      if (refl === 1 && TOK[skipLead(SEG_S[k]!, SEG_E[k]!, false)] === 'dus') firstDus = true;
    } else if (f === INFO && !SEG_STRONG[k]) weakInfo++;
  }
  let best = -1;
  let bestRank = -1;
  for (let k = 0; k < n; k++) {
    const f = SEG_FORM[k]!;
    if (SEG_CHECK[k]) continue;
    const r = SEG_STRONG[k] ? RANK_STRONG[f]! : RANK_WEAK[f]!;
    if (r > bestRank) {
      bestRank = r;
      best = k;
    }
  }
  if (best < 0) best = 0;
  const bestForm = SEG_FORM[best]!;
  if ((bestForm === SIMPLE || bestForm === COMPLEX || bestForm === INFO && !SEG_STRONG[best]) && (refl >= 3 || refl >= 2 && (refl + weakInfo >= 3 || connect || firstDus))) {
    return { form: 'summary', segments };
  }
  return { form: FORM_NAMES[bestForm]!, segments };
}
