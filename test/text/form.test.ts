import { describe, expect, it } from 'vitest';
import { FORM_EXAMPLES } from '../../engine/text/form-data';
import { FORM_LABELS, FORMS, formSchema, readForm, type Form } from '../../engine/text/form';

interface HardCase {
  name: string;
  text: string;
  form: Form;
}

const HARD_CASES: HardCase[] = [
  // questions: verb-first is closed, wh-words are open, one specific fact is closed
  { name: 'verb-first Heeft u', text: 'Heeft u kinderen in de buurt?', form: 'closed_question' },
  { name: 'verb-first without question mark', text: 'woont u hier alleen', form: 'closed_question' },
  { name: 'verb-first with je', text: 'kun je nog zelf de trap op', form: 'closed_question' },
  { name: 'Zou u without advice', text: 'Zou u weer willen fietsen?', form: 'closed_question' },
  { name: 'Is het', text: 'is het huis al aangepast', form: 'closed_question' },
  { name: 'wh open: hoe', text: 'Hoe ziet een gewone dag er voor u uit?', form: 'open_question' },
  { name: 'wh open: wat, lowercase, no mark', text: 'wat vindt u het lastigste aan alleen wonen', form: 'open_question' },
  { name: 'wh open: waarom', text: 'Waarom is thuis blijven wonen zo belangrijk voor u?', form: 'open_question' },
  { name: 'wh open: waarmee', text: 'waarmee kan ik u het beste helpen', form: 'open_question' },
  { name: 'wh open: preposition first', text: 'Met wie heeft u nog contact?', form: 'open_question' },
  { name: 'hoeveel is closed', text: 'Hoeveel uur per week helpt uw dochter?', form: 'closed_question' },
  { name: 'hoe oud is closed', text: 'hoe oud is uw man', form: 'closed_question' },
  { name: 'hoe vaak is closed', text: 'Hoe vaak komt de thuiszorg?', form: 'closed_question' },
  { name: 'hoe laat is closed', text: 'Hoe laat staat u meestal op?', form: 'closed_question' },
  { name: 'hoe lang is closed', text: 'hoe lang woont u hier al', form: 'closed_question' },
  { name: 'welke dag is closed', text: 'Welke dag komt uw zoon?', form: 'closed_question' },
  { name: 'wanneer is closed', text: 'Wanneer bent u gevallen?', form: 'closed_question' },
  { name: 'sinds wanneer is closed', text: 'Sinds wanneer woont u alleen?', form: 'closed_question' },
  { name: 'either/or in a wh-question', text: 'Wat wilt u liever, hulp bij het koken of bij het schoonmaken?', form: 'closed_question' },
  { name: 'either/or verb-first', text: 'Loopt u met een stok of met een rollator?', form: 'closed_question' },
  { name: 'invitation Vertelt u eens', text: 'Vertelt u eens, hoe gaat het thuis?', form: 'open_question' },
  { name: 'invitation Vertel eens', text: 'vertel eens wat meer over je buurvrouw', form: 'open_question' },
  { name: 'invitation Neemt u me eens mee', text: 'Neemt u me eens mee door een gewone ochtend.', form: 'open_question' },
  { name: 'invitation Kunt u beschrijven', text: 'Kunt u beschrijven wat er gebeurde toen u viel?', form: 'open_question' },
  { name: 'invitation Kunt u vertellen hoe', text: 'kunt u me vertellen hoe de zorg nu geregeld is', form: 'open_question' },
  { name: 'embedded: ik ben benieuwd hoe', text: 'Ik ben benieuwd hoe u de avonden doorkomt.', form: 'open_question' },
  { name: 'tag question alone is closed', text: 'U heeft twee kinderen, toch?', form: 'closed_question' },
  { name: 'tag question klopt dat after a fact', text: 'Uw dochter komt op woensdag, klopt dat?', form: 'closed_question' },
  { name: 'tag without punctuation', text: 'u woont alleen toch', form: 'closed_question' },
  { name: 'run-on second question', text: 'hoe gaat het met het huishouden lukt dat nog', form: 'closed_question' },
  { name: 'reflection then a trailing question', text: "U zegt dat het prima gaat, hoe gaat zo'n ochtend?", form: 'open_question' },
  { name: 'greeting then question', text: 'Goedemorgen mevrouw, hoe gaat het met u?', form: 'open_question' },
  { name: 'vocative then question', text: 'Mevrouw Bakker, wat zou voor u het verschil maken?', form: 'open_question' },
  { name: 'permission to ask is closed', text: 'Mag ik u iets vragen over uw financiën?', form: 'closed_question' },
  { name: 'procedural permission is closed', text: 'Vindt u het goed als ik wat aantekeningen maak?', form: 'closed_question' },
  // reflections
  { name: 'U zegt: simple', text: 'U zegt dat het prima gaat.', form: 'simple_reflection' },
  { name: 'U merkt: simple', text: 'U merkt dat de post blijft liggen.', form: 'simple_reflection' },
  { name: 'Als ik u goed begrijp: simple', text: 'Als ik u goed begrijp, lukt het stofzuigen niet meer.', form: 'simple_reflection' },
  { name: 'U wilt: simple', text: 'U wilt graag weer naar de biljartclub.', form: 'simple_reflection' },
  { name: 'u-statement, lowercase', text: 'u kookt zelf nog elke dag', form: 'simple_reflection' },
  { name: 'simple reflection + klopt dat keeps reflection', text: 'U zegt dat het prima gaat, klopt dat?', form: 'simple_reflection' },
  { name: 'Het klinkt alsof: complex', text: 'Het klinkt alsof u zich best eenzaam voelt.', form: 'complex_reflection' },
  { name: 'klinkt als, no subject', text: 'klinkt als een zware periode', form: 'complex_reflection' },
  { name: 'U voelt zich: complex', text: 'U voelt zich onzeker op straat sinds de val.', form: 'complex_reflection' },
  { name: 'Dat moet zwaar zijn', text: 'Dat moet zwaar zijn, elke nacht opstaan voor uw man.', form: 'complex_reflection' },
  { name: 'niet tot last', text: 'U wilt uw kinderen niet tot last zijn.', form: 'complex_reflection' },
  { name: 'ook al: unspoken layer', text: 'U wilt sterk zijn voor de kinderen, ook al is het soms te veel.', form: 'complex_reflection' },
  { name: 'U merkt + eigenlijk: complex', text: 'u merkt dat u het eigenlijk niet meer alleen redt', form: 'complex_reflection' },
  { name: 'je-form feeling', text: 'je maakt je zorgen over je man', form: 'complex_reflection' },
  { name: 'complex reflection + toch keeps reflection', text: 'Het is eenzaam geworden in huis, toch?', form: 'complex_reflection' },
  { name: 'complex reflection + separate Klopt dat', text: 'Het is zwaar voor u. Klopt dat?', form: 'complex_reflection' },
  { name: 'empathic exclamation', text: 'Wat vervelend voor u dat de taxi steeds te laat komt.', form: 'complex_reflection' },
  // summaries
  { name: 'Als ik het goed samenvat', text: 'Als ik het goed samenvat: u woont alleen, uw dochter doet de boodschappen en het schoonmaken lukt niet meer.', form: 'summary' },
  { name: 'summary + klopt dat', text: 'Samengevat: u mist uw vrouw, u eet slecht en u komt weinig buiten. Klopt dat?', form: 'summary' },
  { name: 'Even op een rij', text: 'Even op een rij. U kookt zelf, de was doet uw zoon en voor het douchen wilt u hulp.', form: 'summary' },
  { name: 'Dus als ik u goed begrijp … en …', text: 'dus als ik je goed begrijp woon je alleen en heb je niemand in de buurt', form: 'summary' },
  { name: 'several reflections pulled together', text: 'U woont alleen. Uw dochter komt op zaterdag. En het douchen lukt niet meer zonder hulp.', form: 'summary' },
  // information
  { name: 'U krijgt binnen zes weken', text: 'U krijgt binnen zes weken een besluit van de gemeente.', form: 'information' },
  { name: 'De buurtbus rijdt', text: 'De buurtbus rijdt op werkdagen tussen negen en vijf.', form: 'information' },
  { name: 'Ik leg dat vast', text: 'Ik leg dat vast in het verslag.', form: 'information' },
  { name: 'recht op cliëntondersteuning', text: 'U heeft recht op gratis cliëntondersteuning.', form: 'information' },
  // an introduction (name, role, organisation) is small talk: the convention of the fresh held-out set
  { name: 'introduction with role', text: 'Goedemiddag, ik ben Fatima van de gemeente.', form: 'small_talk' },
  { name: 'purpose of the visit is information', text: 'Ik kom namens de gemeente om te kijken welke hulp u nodig heeft.', form: 'information' },
  { name: 'standing offer to call is information', text: 'Mocht u nog vragen hebben, dan kunt u mij altijd bellen.', form: 'information' },
  { name: 'a service that can help is information', text: 'De ouderenadviseur kan u helpen met de papieren.', form: 'information' },
  // advice without permission
  { name: 'imperative', text: 'Bel morgen het wijkteam even.', form: 'advice_without_permission' },
  { name: 'polite imperative with maar', text: 'Gaat u maar naar het inloopspreekuur.', form: 'advice_without_permission' },
  { name: 'u moet', text: 'u moet echt een keer met de huisarts praten', form: 'advice_without_permission' },
  { name: 'u kunt het beste', text: 'U kunt het beste een scootmobiel aanvragen.', form: 'advice_without_permission' },
  { name: 'ik zou', text: 'ik zou gewoon een maaltijdservice nemen', form: 'advice_without_permission' },
  { name: 'ik raad u aan', text: 'Ik raad u aan om de post samen met uw zoon te openen.', form: 'advice_without_permission' },
  { name: 'laat … doen', text: 'laat je dochter de boodschappen doen', form: 'advice_without_permission' },
  { name: 'promise: ik vraag … aan', text: 'Ik vraag huishoudelijke hulp voor u aan.', form: 'advice_without_permission' },
  { name: 'promise: dan regel ik', text: 'Dan regel ik een scootmobiel.', form: 'advice_without_permission' },
  { name: 'advice as a question', text: 'Waarom vraagt u uw buurman niet gewoon om hulp?', form: 'advice_without_permission' },
  { name: 'a full stop makes a polite form advice', text: 'Neemt u contact op met de leverancier zodra de scootmobiel kapot is.', form: 'advice_without_permission' },
  { name: 'reflexive imperative', text: 'Geef u op voor de seniorengym in het buurthuis.', form: 'advice_without_permission' },
  { name: 'someone close must use a provision', text: 'Uw moeder moet gewoon een paar dagen per week naar de zorgboerderij.', form: 'advice_without_permission' },
  { name: 'a decision for a provision', text: 'Wij kiezen voor een traplift, dat is het veiligst.', form: 'advice_without_permission' },
  // advice with permission
  { name: 'Mag ik u iets voorstellen', text: 'Mag ik u iets voorstellen?', form: 'advice_with_permission' },
  { name: 'Wat vindt u ervan om', text: 'Wat vindt u ervan om de buurtbus eens te proberen?', form: 'advice_with_permission' },
  { name: 'Zou u het goed vinden als ik', text: 'Zou u het goed vinden als ik uw dochter even bel?', form: 'advice_with_permission' },
  { name: 'awp without punctuation', text: 'wat vind je ervan om je broer te vragen voor de administratie', form: 'advice_with_permission' },
  { name: 'advice then elicit', text: 'Sommige mensen hebben baat bij een maaltijdservice. Wat vindt u daarvan?', form: 'advice_with_permission' },
  { name: 'conditional offer', text: 'Als u wilt, kan ik een cliëntondersteuner voor u regelen.', form: 'advice_with_permission' },
  { name: 'advice with autonomy', text: 'Een scootmobiel kan misschien helpen, maar u bepaalt zelf of u dat wilt.', form: 'advice_with_permission' },
  { name: 'autonomy, then a suggestion', text: 'Uiteindelijk is het uw beslissing, maar misschien kan de buurman wat klusjes overnemen.', form: 'advice_with_permission' },
  { name: 'sending a document is a closed question', text: 'Vindt u het goed als ik de beschikking ook naar uw bewindvoerder mail?', form: 'closed_question' },
  { name: 'planning the next visit is a closed question', text: 'Zal ik volgende week nog even langskomen?', form: 'closed_question' },
  { name: 'a scaling question is closed', text: 'Op een schaal van nul tot tien, hoe tevreden bent u over de thuiszorg?', form: 'closed_question' },
  // affirmations
  { name: 'Wat knap', text: 'Wat knap dat u al die jaren voor uw vrouw heeft gezorgd.', form: 'affirmation' },
  { name: 'U heeft … goed gedaan', text: 'U heeft dat heel goed gedaan.', form: 'affirmation' },
  { name: 'Dat getuigt van', text: 'Dat getuigt van veel doorzettingsvermogen.', form: 'affirmation' },
  { name: 'Mooi dat u', text: 'Mooi dat u zelf al contact met de schuldhulp heeft gezocht.', form: 'affirmation' },
  { name: 'praise, lowercase je', text: 'wat goed dat je zelf om hulp vraagt', form: 'affirmation' },
  { name: 'valuing what the client did', text: 'U bent elke dag bij uw moeder langsgegaan, dat is niet niks.', form: 'affirmation' },
  { name: 'perseverance, then a turn: complex', text: 'U heeft het lang volgehouden, maar nu gaat het niet meer.', form: 'complex_reflection' },
  // missing something, as the client said it, is a simple reflection (held-out convention)
  { name: 'missing: simple', text: 'U mist de wandelingen met uw hond.', form: 'simple_reflection' },
  { name: 'daily life as subject: simple', text: 'De vaat blijft dagenlang in de gootsteen staan.', form: 'simple_reflection' },
  { name: 'a two-sided reflection', text: 'U vindt het fijn dat uw zoon komt, maar u merkt ook dat hij er moe van wordt.', form: 'complex_reflection' },
  { name: 'agreements as a list', text: 'Tot slot de afspraken: uw nicht helpt met de post, ik zoek een cursus uit en we bellen over een maand.', form: 'summary' },
  // small talk
  { name: 'greeting', text: 'Goedemorgen mevrouw Jansen.', form: 'small_talk' },
  { name: 'thanks for coffee', text: 'Dank u wel voor de koffie.', form: 'small_talk' },
  { name: 'weather', text: 'Wat een weer vandaag, hè!', form: 'small_talk' },
  { name: 'coffee question', text: 'Wilt u koffie of thee?', form: 'small_talk' },
  { name: 'goodbye', text: 'Tot volgende week, fijne dag nog.', form: 'small_talk' },
  { name: 'ja', text: 'ja', form: 'small_talk' },
  { name: 'oké', text: 'oké', form: 'small_talk' },
  { name: 'empty text', text: '', form: 'small_talk' },
  { name: 'only punctuation', text: '...', form: 'small_talk' },
  { name: 'a yes/no question in small talk', text: 'Wat een mooi borduurwerk, heeft u dat zelf gemaakt?', form: 'small_talk' },
  { name: 'small talk turning to feelings is a question', text: 'Wat een mooie foto van uw man, mist u hem erg?', form: 'closed_question' },
  { name: "the consultant's own things", text: 'Pardon, ik zet mijn mobiel even uit.', form: 'small_talk' },
  { name: 'greeting, then a real question', text: 'Goedemorgen, woont u hier alleen?', form: 'closed_question' },
  // checks that close a summary are part of it, not a yes/no question of their own
  { name: "summary closed with 'Zit ik er goed mee?'", text: 'Dus u slaapt slecht, de trap is zwaar geworden en uw zoon woont ver weg. Zit ik er goed mee?', form: 'summary' },
  { name: "summary closed with 'Mis ik iets?'", text: 'Ik vat het even samen. U kookt niet meer, de was blijft liggen en uw buurvrouw doet de boodschappen. Mis ik nog iets?', form: 'summary' },
  { name: "summary closed with 'Heb ik iets vergeten?'", text: 'Wat ik tot nu toe hoor: u wilt thuis blijven, de post stapelt zich op en uw nicht helpt waar ze kan. Heb ik iets vergeten?', form: 'summary' },
  { name: "summary closed with 'Herkent u dat?'", text: 'Als ik het zo hoor: u komt weinig buiten, u eet vaak alleen en de dagen duren lang. Herkent u zich daarin?', form: 'summary' },
  { name: "summary closed with two checks: 'klopt dat, of mis ik iets?'", text: 'Mag ik samenvatten? U woont alleen sinds de zomer; uw zoon belt elke week. Koken lukt niet meer; klopt dat, of mis ik iets?', form: 'summary' },
  { name: 'summary closed with an invitation to add', text: 'U heeft me verteld dat de trap lastig is, dat u slecht slaapt en dat u uw vrouw mist. Wilt u daar nog iets aan toevoegen?', form: 'summary' },
  { name: "agreements announced as 'herhalen'", text: 'Om het even te herhalen: uw dochter belt de thuiszorgwinkel, u probeert de eettafel en ik kom over een maand terug.', form: 'summary' },
  { name: "agreements announced as 'we spreken af'", text: 'We spreken dus af: uw buurman rijdt op dinsdag, u meldt zich bij de soos en ik bel u over zes weken.', form: 'summary' },
  { name: 'agreements announced in a sentence of their own', text: 'Even terug naar de afspraken. Uw zoon doet de administratie, u gaat naar de inloop en we evalueren in mei. Heb ik iets gemist?', form: 'summary' },
  { name: "agreements after 'dus', with 'we' as the last subject", text: 'dus u belt de huisarts, ik zoek de cursus uit en we spreken elkaar over twee weken', form: 'summary' },
  // affirmations said as a judgement of what the client did or is
  { name: "'Het is knap dat u …'", text: 'Het is sterk dat u na de operatie zelf weer bent gaan fietsen.', form: 'affirmation' },
  { name: "'… laat zien dat u …'", text: 'Dat u zelf een rooster heeft gemaakt, laat zien dat u goed overzicht houdt.', form: 'affirmation' },
  { name: "'iets om trots op te zijn'", text: 'Twintig jaar voorzitter van de buurtvereniging, dat is iets om trots op te zijn.', form: 'affirmation' },
  { name: "'daar spreekt … uit'", text: 'Elke week bij uw zus langs, daar spreekt veel liefde uit.', form: 'affirmation' },
  { name: "inverted praise: 'bent u echt handig'", text: 'Met gereedschap bent u echt handig.', form: 'affirmation' },
  // advice: a judgement of what is best, 'dan … u toch gewoon'
  { name: "'lijkt … me het verstandigst'", text: 'Voor de avonden lijkt een alarmknop bij het bed me het verstandigst, mevrouw Kok.', form: 'advice_without_permission' },
  { name: "'dan belt u toch gewoon'", text: 'Dan belt u toch gewoon de buurvrouw als het niet gaat.', form: 'advice_without_permission' },
  // asking permission: options and a choice, a proposal and 'Zou u dat willen?', a conditional offer
  { name: 'options, then which appeals', text: 'Er zijn twee mogelijkheden: de buurtbus of een vrijwillige chauffeur. Wat spreekt u het meest aan?', form: 'advice_with_permission' },
  { name: "a proposal, then 'Zou u dat willen?'", text: 'Een mogelijkheid is een maaltijdservice voor de drukke weken. Zou u dat willen?', form: 'advice_with_permission' },
  { name: "'als u wilt geef ik u …'", text: 'Als u wilt geef ik u de folder van de boodschappendienst mee.', form: 'advice_with_permission' },
  { name: "'mag ik met u bespreken of …'", text: 'Mag ik met u bespreken of een rollator misschien handiger is dan de stok?', form: 'advice_with_permission' },
  // questions that are no advice
  { name: 'a question about how an idea came up', text: 'Hoe is het idee van die verhuizing eigenlijk ontstaan?', form: 'open_question' },
  { name: 'permission for a follow-up call is a question', text: 'Vindt u het goed als ik over een maand telefonisch vraag hoe het gaat?', form: 'closed_question' },
  // reflections on the client's life
  { name: 'money as the subject', text: 'Het geld is krap sinds uw man er niet meer is.', form: 'simple_reflection' },
  // small talk: weather, the way here, the view, a pet, being let in
  { name: "'het goed vinden' asks the client, it is not about finding the way", text: 'Zou u het goed vinden om er eens met de praktijkondersteuner over te praten?', form: 'closed_question' },
  { name: 'cold outside', text: 'Het is buiten behoorlijk koud, zeg.', form: 'small_talk' },
  { name: "the client's breath is no small talk", text: 'U zei dat u onderweg moet stoppen om op adem te komen.', form: 'simple_reflection' },
  { name: 'catching breath after the stairs', text: 'Pff, ik moet even op adem komen na die trap.', form: 'small_talk' },
  { name: 'found the way', text: 'Ik kon het gelukkig goed vinden.', form: 'small_talk' },
  { name: 'glad to meet', text: 'Goedemorgen mevrouw Kok, fijn dat we elkaar nu eens zien.', form: 'small_talk' },
  { name: 'the view', text: 'Wat een uitzicht heeft u over de weilanden.', form: 'small_talk' },
  { name: 'a birthday', text: 'Ik zie de slingers nog hangen, wie is er jarig geweest?', form: 'small_talk' },
  { name: 'being let in', text: 'Aardig dat u me even binnenlaat, het giet.', form: 'small_talk' },
  { name: 'someone else joins', text: 'Fijn dat uw dochter er vandaag ook bij is.', form: 'small_talk' },
  { name: 'a cheerful pet', text: 'Wat een grappige kat, hij komt meteen kijken wie er is.', form: 'small_talk' },
];

describe('FORM reader: exports', () => {
  it('has a Dutch label for every form and a schema that accepts exactly FORMS', () => {
    expect(Object.keys(FORM_LABELS).sort()).toEqual([...FORMS].sort());
    expect(FORM_LABELS.open_question).toBe('open vraag');
    expect(FORM_LABELS.small_talk).toBe('praatje');
    for (const f of FORMS) expect(formSchema.parse(f)).toBe(f);
    expect(formSchema.safeParse('question').success).toBe(false);
  });

  it('has at least 400 labelled examples, at least 25 per form', () => {
    expect(FORM_EXAMPLES.length).toBeGreaterThanOrEqual(400);
    for (const f of FORMS) expect(FORM_EXAMPLES.filter((e) => e.form === f).length).toBeGreaterThanOrEqual(25);
  });
});

describe('FORM reader: hard cases', () => {
  it('has at least 60 named hard cases', () => {
    expect(HARD_CASES.length).toBeGreaterThanOrEqual(60);
  });

  it.each(HARD_CASES)('$name → $form', ({ text, form }) => {
    expect(readForm(text).form).toBe(form);
  });
});

describe('FORM reader: labelled examples', () => {
  const dev = FORM_EXAMPLES.filter((_, i) => i % 5 === 0);
  const rest = FORM_EXAMPLES.filter((_, i) => i % 5 !== 0);
  const accuracy = (items: readonly { text: string; form: Form }[]) =>
    items.filter((e) => readForm(e.text).form === e.form).length / items.length;

  it.each([
    { part: 'dev (every 5th item)', items: dev },
    { part: 'rest', items: rest },
  ])('accuracy on $part is at least 0.85', ({ items }) => {
    expect(items.length).toBeGreaterThan(50);
    expect(accuracy(items)).toBeGreaterThanOrEqual(0.85);
  });
});

describe('FORM reader: determinism and segments', () => {
  const texts = [...FORM_EXAMPLES.map((e) => e.text), ...HARD_CASES.map((c) => c.text)];

  it('gives the same reading for the same input, whatever was read before', () => {
    const first = texts.map((t) => readForm(t));
    const reversed = [...texts].reverse().map((t) => readForm(t)).reverse();
    expect(reversed).toEqual(first);
    // a long text in between must not leave anything behind for a short one
    const long = texts.join(' ');
    const before = readForm('woont u alleen');
    readForm(long);
    expect(readForm('woont u alleen')).toEqual(before);
  });

  it.each(texts.map((text) => ({ text })))('segments are non-empty valid forms: $text', ({ text }) => {
    const reading = readForm(text);
    expect(reading.segments.length).toBeGreaterThan(0);
    for (const s of reading.segments) expect(FORMS).toContain(s);
    expect(FORMS).toContain(reading.form);
  });

  it.each([
    ['U zegt dat het prima gaat.', 'Hoe gaat zo’n ochtend?'],
    ['Wat knap dat u dat volhoudt.', 'Heeft u daar hulp bij?'],
    ['Goedemorgen mevrouw.', 'Ik leg dat vast in het verslag.'],
    ['Het klinkt alsof u zich eenzaam voelt.', 'Bel morgen het wijkteam even.'],
    ['Mag ik u iets voorstellen?', 'Dank u wel voor de koffie.'],
  ])('segments keep the order of the sentences: %s + %s', (a, b) => {
    const ra = readForm(a).segments;
    const rb = readForm(b).segments;
    expect(readForm(`${a} ${b}`).segments).toEqual([...ra, ...rb]);
    expect(readForm(`${b} ${a}`).segments).toEqual([...rb, ...ra]);
  });

  it('splits a trailing question after a comma into its own segment', () => {
    expect(readForm("U zegt dat het prima gaat, hoe gaat zo'n ochtend?").segments).toEqual(['simple_reflection', 'open_question']);
    expect(readForm('U woont hier alleen, toch?').segments).toEqual(['simple_reflection', 'closed_question']);
  });

  it('copes with odd input without throwing', () => {
    for (const t of ['?!?!', '\n\n', '😊', '12345', 'A'.repeat(5000), 'u '.repeat(3000), 'Hoe? Wat? Waarom?']) {
      const r = readForm(t);
      expect(FORMS).toContain(r.form);
      expect(r.segments.length).toBeGreaterThan(0);
    }
  });

  it('stays fast (a loose guard; the real figure is measured by form-report.ts --bench)', () => {
    const sample = FORM_EXAMPLES.map((e) => e.text);
    const start = performance.now();
    for (let i = 0; i < 20_000; i++) readForm(sample[i % sample.length]!);
    expect(performance.now() - start).toBeLessThan(5_000);
  });
});
