import type { z } from 'zod';
import type { optionSchema } from './schema';
import type { IntroductionReplyKey } from './introduction-keys';

// The options of the shared opening, as a case file would write them (without reply and next: the case
// gives the reply, the opening gives the way on). The strongest option is neither first nor the longest
// at either point: a trainee who clicks the longest or the first option learns nothing from the order.

type OptionInput = Omit<z.input<typeof optionSchema>, 'reply' | 'next' | 'close' | 'ending'>;

export const OPENING_OPTIONS: Record<IntroductionReplyKey, OptionInput> = {
  keuring: {
    text: 'Goedemiddag. Ik kom namens de gemeente beoordelen of u ergens recht op heeft. Ik stel u een paar vragen, en daarna hoort u wat u krijgt.',
    examples: [
      'Ik kom vandaag beoordelen of u recht heeft op hulp van de gemeente.',
      'Ik ga kijken of u in aanmerking komt; daarna hoort u van mij wat u krijgt.',
      'Ik stel u wat vragen, en dan beoordeel ik of u recht heeft op een voorziening.',
    ],
    move: 'afspraak',
    trust: -1,
    feedback: "Zo klinkt het gesprek als een keuring. De cliënt gaat op zijn hoede zitten en vertelt wat 'goed' lijkt. Vertel wie je bent, en dat jullie samen kijken wat er speelt en wat helpt. Het besluit komt pas na het onderzoek.",
    score: [{ dimension: 'afspraken', points: -5, reason: 'Het gesprek neergezet als keuring waarin de gemeente beslist, niet als samen zoeken naar wat helpt.' }],
  },
  voorstellen: {
    text: 'Dank u. Ik ben consulent bij de gemeente. Ik kom vandaag samen met u kijken hoe het gaat en wat u nodig heeft. Dat kan breder zijn dan uw vraag, en u denkt overal over mee.',
    examples: [
      'Ik ben consulent van de gemeente en kom vandaag samen met u kijken wat u nodig heeft.',
      'Fijn dat ik mag komen. Ik ben consulent van het Wmo-team; we kijken vandaag samen hoe het met u gaat en wat u zou helpen.',
      'Ik stel me even voor: ik ben consulent bij de gemeente. Het doel van vandaag is samen kijken wat er speelt en wat u nodig heeft.',
      'Ik ben van het wijkteam van de gemeente. Ik kom samen met u kijken hoe het gaat, en u beslist mee over wat er gebeurt.',
    ],
    move: 'afspraak',
    trust: 1,
    feedback: 'Goed begin: de cliënt weet wie je bent, waarom je er bent en dat hij meedenkt en meebeslist. Dat geeft rust en ruimte om zijn eigen verhaal te doen.',
    score: [{ dimension: 'afspraken', points: 5, reason: 'Voorgesteld en het doel uitgelegd: samen kijken wat er speelt, met de cliënt als gesprekspartner.' }],
  },
  meteen: {
    text: 'Goedemiddag. Zullen we meteen beginnen? Wat wilt u precies aanvragen?',
    examples: [
      'Laten we meteen beginnen: wat wilt u aanvragen?',
      'Zullen we direct beginnen? Welke voorziening wilt u aanvragen?',
      'Wat wilt u precies aanvragen bij de gemeente?',
    ],
    move: 'verhelderen',
    feedback: 'Je slaat de kennismaking over en vraagt meteen naar een product. De cliënt weet niet wie je bent of wat er met zijn antwoorden gebeurt. Zo gaat het gesprek over een aanvraag, niet over zijn leven.',
    score: [{ dimension: 'afspraken', points: -5, reason: 'Zonder jezelf voor te stellen of het doel te noemen meteen naar een aanvraag gevraagd.' }],
  },
  wetstaal: {
    text: 'Goedemiddag. Namens het college van burgemeester en wethouders voer ik het onderzoek uit als bedoeld in artikel 2.3.2 van de Wet maatschappelijke ondersteuning 2015. Daarbij behandel ik achtereenvolgens uw behoeften, uw eigen kracht, de gebruikelijke hulp, de mantelzorg, de algemene voorzieningen en de eigen bijdrage.',
    examples: [
      'Ik voer namens het college het onderzoek uit als bedoeld in artikel 2.3.2 van de Wmo 2015.',
      'Volgens artikel 2.3.2 van de Wet maatschappelijke ondersteuning behandel ik achtereenvolgens uw behoeften, eigen kracht, gebruikelijke hulp en mantelzorg.',
      'Namens burgemeester en wethouders doe ik het wettelijke onderzoek, achtereenvolgens naar behoeften, eigen kracht en algemene voorzieningen.',
    ],
    move: 'afspraak',
    trust: -1,
    feedback: 'Alles klopt, maar het is wetstaal. De cliënt hoort een lijst begrippen, niet wie je bent en wat jullie samen gaan doen. Zeg het in gewone woorden (taalniveau B1).',
    score: [{ dimension: 'afspraken', points: -3, reason: 'Het doel in wetstaal uitgelegd: de cliënt weet nog niet wie je bent en wat er gaat gebeuren.' }],
  },
  zonder_toestemming: {
    text: 'Dan beginnen we. Na ons gesprek bel ik ook even met uw huisarts en uw familie, dan heb ik het hele plaatje.',
    examples: [
      'Ik bel straks ook uw huisarts en uw familie, dan heb ik het hele plaatje.',
      'Na afloop neem ik contact op met uw huisarts en familie, voor het hele plaatje.',
      'Ik bel na ons gesprek ook uw huisarts en uw kinderen even, dan weet ik hoe zij het zien.',
    ],
    move: 'afspraak',
    trust: -1,
    feedback: 'Je bepaalt over het hoofd van de cliënt heen wie er over hem meepraat. Vraag eerst of hij het goed vindt dat je de huisarts of familie spreekt. Het gaat om zijn gegevens en hij houdt de regie. En je vertelt hem zijn rechten niet (cliëntondersteuning, persoonlijk plan).',
    score: [{ dimension: 'afspraken', points: -5, reason: 'Anderen erbij betrokken zonder toestemming: de cliënt beslist wie er over hem meepraat.' }],
    flag: { code: 'geen_toestemming', message: 'Afgesproken de huisarts en familie te bellen zonder te vragen of de cliënt dat goed vindt.' },
  },
  ontmoedigen: {
    text: 'U kunt ook een cliëntondersteuner vragen, maar dat is echt niet nodig: ik help u zelf wel. Zullen we beginnen?',
    examples: [
      'Een cliëntondersteuner kan, maar dat heeft u echt niet nodig; ik help u zelf wel.',
      'Cliëntondersteuning bestaat, maar dat is niet nodig. Ik help u zelf wel.',
      'U mag een cliëntondersteuner vragen, maar ik help u zelf wel, dus dat is niet nodig.',
    ],
    move: 'afspraak',
    feedback: 'Je noemt de cliëntondersteuner, maar praat hem meteen weg. Die ondersteuner staat naast de cliënt, los van de gemeente die beslist; dat kun jij als consulent niet zijn. Noem het recht gewoon, samen met het persoonlijk plan, en laat de keuze aan de cliënt.',
    score: [{ dimension: 'afspraken', points: -5, reason: 'Cliëntondersteuning genoemd en meteen ontmoedigd, terwijl die juist onafhankelijk van de gemeente naast de cliënt staat.' }],
  },
  rechten: {
    text: 'Twee dingen vooraf. U kunt gratis een onafhankelijke cliëntondersteuner vragen die met u meedenkt. En u mag binnen zeven dagen na uw melding zelf een persoonlijk plan sturen. Wil ik met uw huisarts of familie overleggen, dan vraag ik eerst of u dat goed vindt.',
    examples: [
      'Goed om te weten: een onafhankelijke cliëntondersteuner kan gratis met u meedenken, en u mag zelf een persoonlijk plan schrijven. Met anderen overleg ik alleen als u dat goed vindt.',
      'U heeft recht op gratis cliëntondersteuning, en binnen zeven dagen na de melding mag u een persoonlijk plan sturen. Vindt u het goed als ik zo nodig uw huisarts spreek?',
      'Voor we beginnen: u kunt een gratis cliëntondersteuner vragen, en u mag zelf in een persoonlijk plan opschrijven wat u wilt. Ik overleg alleen met anderen als u dat goed vindt.',
      'Er is gratis, onafhankelijke cliëntondersteuning voor u, en u kunt een persoonlijk plan sturen. Mag ik, als dat nodig is, met uw huisarts of familie overleggen?',
    ],
    move: 'afspraak',
    trust: 1,
    feedback: 'Precies op tijd. Vóór het onderzoek hoort de cliënt dat hij gratis een onafhankelijke cliëntondersteuner kan vragen (art. 2.3.2 lid 3 Wmo 2015). Hij hoort ook dat hij binnen zeven dagen na de melding een persoonlijk plan mag sturen (lid 2). En je vraagt toestemming voordat je anderen erbij haalt. Zo houdt de cliënt de regie.',
    score: [{ dimension: 'afspraken', points: 5, reason: 'Vóór het onderzoek de rechten genoemd en de keuze wie er meepraat bij de cliënt gelaten.' }],
  },
  later: {
    text: 'Laten we gewoon beginnen, dan bent u er zo weer vanaf. De regeltjes, de formulieren en wat u allemaal mag, bespreken we aan het eind wel; daar hoeft u zich nu nog niet druk om te maken. Wat u moet weten, staat straks in de brief die u na afloop van de gemeente krijgt.',
    examples: [
      'Laten we gewoon beginnen; de regeltjes en de formulieren bespreken we aan het eind wel.',
      'Wat u allemaal mag, bespreken we aan het eind wel; dat staat ook in de brief van de gemeente.',
      'Daar hoeft u zich nu niet druk om te maken, de regeltjes en formulieren komen aan het eind.',
    ],
    move: 'afspraak',
    feedback: 'Aan het eind is te laat. De cliënt moet vóór het onderzoek weten dat hij een gratis cliëntondersteuner kan vragen. Zijn persoonlijk plan moet binnen zeven dagen na de melding binnen zijn. En je vraagt niet of je met anderen mag praten.',
    score: [{ dimension: 'afspraken', points: -3, reason: 'Rechten pas aan het eind: cliëntondersteuning en persoonlijk plan horen vóór het onderzoek (art. 2.3.2 lid 2 en 3 Wmo).' }],
  },
};
