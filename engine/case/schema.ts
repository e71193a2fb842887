import { z } from 'zod';
import { dimensionSchema, moveSchema, topicSchema } from '../vocabulary';
import { verslagSpecSchema } from './verslag-schema';
import { INTRODUCTION_REPLY_KEYS, type IntroductionReplyKey } from './introduction-keys';

// The one source of truth for a case file. Types come from z.infer; the JSON Schema in
// scenarios/case.schema.json is generated from this file (npm run schema).

/** What an id of a case, point, fact or ending looks like: a name, never a path. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9_-]*$/;

const id = z
  .string()
  .regex(ID_PATTERN, 'Gebruik alleen kleine letters, cijfers, - en _ (bijvoorbeeld "eerste-vraag").')
  .describe('Een vaste naam, alleen kleine letters, cijfers, - en _.');

const text = z.string().trim().min(1, 'Deze tekst mag niet leeg zijn.');

export const scoreItemSchema = z
  .strictObject({
    dimension: dimensionSchema.describe('Welke van de zes dimensies deze punten krijgt.'),
    points: z.number().int().min(-50).max(50).describe('Punten erbij (positief) of eraf (negatief).'),
    reason: text.describe('Uitleg in het Nederlands, zoals die in de nabespreking staat.'),
  })
  .describe('Een case-eigen score-item.');

export const flagSchema = z.strictObject({
  code: id.describe('Korte code voor deze markering, bijvoorbeeld "loketreflex".'),
  message: text.describe('Uitleg voor de nabespreking.'),
  critical: text
    .optional()
    .describe('Maakt dit een kritieke fout (knock-out): de reden in gewone woorden, met het wetsartikel als dat er is. De score gaat dan naar hoogstens 40 en het einde is altijd zwak.'),
});

/** Declarative condition: every key that is present must hold. */
export const conditionSchema = z
  .strictObject({
    found: z.array(id).optional().describe('Al deze feiten zijn gevonden.'),
    notFound: z.array(id).optional().describe('Geen van deze feiten is gevonden.'),
    minFound: z.number().int().min(0).optional().describe('Minstens zoveel feiten gevonden.'),
    minTrust: z.number().int().min(0).max(10).optional().describe('Vertrouwen minstens zo hoog (0-10).'),
    maxTrust: z.number().int().min(0).max(10).optional().describe('Vertrouwen hoogstens zo hoog (0-10).'),
    movesUsed: z.array(moveSchema).optional().describe('Al deze moves zijn in het gesprek gebruikt.'),
    movesNotUsed: z.array(moveSchema).optional().describe('Geen van deze moves is gebruikt.'),
    flagged: z.array(id).optional().describe('Al deze markeringen (flag codes) zijn gegeven.'),
    notFlagged: z.array(id).optional().describe('Geen van deze markeringen is gegeven.'),
    visited: z.array(id).optional().describe('Al deze beslismomenten zijn doorlopen.'),
  })
  .describe('Voorwaarde: alle genoemde onderdelen moeten kloppen.');

export const optionSchema = z
  .strictObject({
    text: text.describe('Wat de consulent zegt.'),
    examples: z
      .array(text)
      .default([])
      .describe('Twee tot vijf andere manieren waarop een consulent hetzelfde zou kunnen zeggen. Getypte zinnen worden hiermee vergeleken.'),
    move: moveSchema.describe('De gespreksmove van deze optie (zie moves.md).'),
    topics: z.array(topicSchema).default([]).describe('Onderwerpen die deze optie aansnijdt.'),
    reply: text.optional().describe('Het antwoord van de cliënt op deze optie.'),
    feedback: text.describe('Uitleg voor de trainee: waarom deze keuze sterk of zwak is.'),
    trust: z.number().int().min(-5).max(5).default(0).describe('Verandering in vertrouwen (-5 tot 5).'),
    reveals: z.array(id).default([]).describe('Feiten die deze optie boven tafel brengt (als het vertrouwen hoog genoeg is).'),
    arranges: z.boolean().default(false).describe('Regelt deze optie echte steun voor de cliënt?'),
    score: z.array(scoreItemSchema).default([]).describe('Case-eigen punten voor deze keuze.'),
    flag: flagSchema.optional().describe('Een case-eigen markering voor deze keuze.'),
    critical: text
      .optional()
      .describe('Deze keuze is een kritieke fout (knock-out): de reden in gewone woorden, met het wetsartikel als dat er is.'),
    refusesApplication: z
      .boolean()
      .default(false)
      .describe('true: de consulent weigert hier een aanvraag aan te nemen. Dat is altijd een kritieke fout (art. 4:1 Awb, art. 2.3.2 Wmo 2015).'),
    next: id.optional().describe('Het volgende beslismoment.'),
    close: z.boolean().optional().describe('true: het gesprek wordt hier afgerond; het einde volgt uit de voorwaarden bij endings.'),
    ending: id.optional().describe('Een vast einde waar deze keuze direct naartoe leidt.'),
  })
  .describe('Een keuzemogelijkheid voor de consulent.');

export const pointSchema = z
  .strictObject({
    phase: z
      .enum(['opening', 'verkennen', 'oplossingen', 'afspraken'])
      .default('verkennen')
      .describe('Fase van het gesprek. "opening": kennismaking en rechten vóór het onderzoek (art. 2.3.2 lid 2 en 3 Wmo 2015); de nabespreking toont die apart.'),
    client: text.describe('Wat de cliënt zegt (of wat er gebeurt) op dit moment.'),
    discussion: text.optional().describe('Een vraag voor de intervisiegroep bij dit moment.'),
    options: z.array(optionSchema).min(3, 'Geef minstens drie opties bij een beslismoment.'),
    next: id
      .optional()
      .describe('Waar het gesprek heen gaat als de trainee hier zelf iets typt dat bij geen optie past (standaard: het vervolg van de sterkste optie).'),
  })
  .describe('Een beslismoment in het gesprek.');

export const factSchema = z
  .strictObject({
    summary: text.describe('Korte omschrijving voor de nabespreking.'),
    says: text.describe('Wat de cliënt zegt als dit feit bij vrije tekst naar boven komt.'),
    guarded: text.optional().describe('Wat de cliënt zegt als het vertrouwen nog te laag is.'),
    dimension: dimensionSchema.describe('De dimensie waar het vinden van dit feit bij hoort.'),
    moves: z.array(moveSchema).default([]).describe('Moves die dit feit kunnen losmaken.'),
    cues: z
      .array(text)
      .default([])
      .describe('Woorden en korte zinnen die naar dit feit vragen ("gegeten", "koken", "avondeten"). Een getypte vraag met zo\'n woord brengt dit feit naar boven.'),
    urgent: z
      .boolean()
      .default(false)
      .describe('true: acuut risico voor gezondheid of veiligheid. Als dit feit bekend is, is snel maatwerk regelen nooit te vroeg (art. 2.3.3 Wmo 2015).'),
    topics: z.array(topicSchema).default([]).describe('Onderwerpen waar het feit over gaat (leeg: elk onderwerp).'),
    minTrust: z.number().int().min(0).max(10).default(0).describe('Vertrouwen dat nodig is (0-10).'),
    after: z
      .array(id)
      .default([])
      .describe('Feiten die de cliënt eerst verteld moet hebben. Tot dan houdt hij dit feit achter (guarded), hoe hoog het vertrouwen ook is. Zo hangt een omslag af van wat er eerder in het gesprek gebeurde, niet van één zin.'),
    points: z.number().int().min(0).max(50).default(15).describe('Punten in de dimensie als het feit gevonden wordt.'),
  })
  .describe('Een verborgen feit dat alleen naar boven komt als de consulent goed verkent.');

export const fallbackSchema = z.strictObject({
  replies: z.array(text).min(1, 'Geef minstens één antwoord.').describe('Antwoorden van de cliënt; er wordt er één gekozen.'),
  trust: z.number().int().min(-5).max(5).default(0).describe('Verandering in vertrouwen.'),
});

export const arrangementSchema = z
  .strictObject({
    summary: text.describe('Wat er dan geregeld is, kort, voor de nabespreking ("Een kookplaatbeveiliging die het gas vanzelf uitzet").'),
    provision: z
      .enum(['eigen_kracht', 'netwerk', 'algemeen', 'maatwerk'])
      .describe('Wat voor steun: eigen kracht, het netwerk, een algemene voorziening of een maatwerkvoorziening.'),
    examples: z
      .array(text)
      .min(3, 'Geef minstens drie voorbeeldzinnen.')
      .describe('Drie tot zes zinnen waarmee een consulent deze steun voorstelt of regelt, in eigen woorden.'),
  })
  .describe('Echte steun die een consulent in deze casus kan regelen. Een getypt voorstel dat hierop lijkt, telt als geregeld.');

/** The per-case part of the shared opening (engine/case/introduction.ts): only the client's own words. */
export const introductionSchema = z
  .strictObject({
    client: text.describe('Wat de cliënt zegt als de consulent binnenkomt of opneemt, vóór het gesprek echt begint (de begroeting).'),
    rights: text.describe('Wat de cliënt zegt na de kennismaking, vlak voordat de consulent de rechten en de toestemming bespreekt.'),
    replies: z
      .strictObject(Object.fromEntries(INTRODUCTION_REPLY_KEYS.map((k) => [k, text.optional()])) as Record<IntroductionReplyKey, z.ZodOptional<typeof text>>)
      .default({})
      .describe('Het antwoord van de cliënt op elke optie van de gedeelde opening, in zijn eigen stem. Wat je weglaat, krijgt een kort algemeen antwoord.'),
    next: id.optional().describe('Het eerste beslismoment na de opening (standaard: start, of het eerste in points).'),
  })
  .describe('De gedeelde opening: kennismaking, doel van het gesprek, toestemming om anderen te betrekken en de rechten (cliëntondersteuning, persoonlijk plan). De opties staan vast; jij schrijft alleen wat de cliënt zegt.');

export const endingSchema = z
  .strictObject({
    title: text,
    quality: z.enum(['sterk', 'gemiddeld', 'zwak']).describe('Hoe goed dit einde is.'),
    debrief: text.describe('De tekst voor de nabespreking.'),
    when: conditionSchema.optional().describe('Wanneer dit einde geldt bij afronden; de eerste passende telt.'),
  })
  .describe('Een einde van het gesprek.');

export const caseSchema = z
  .strictObject({
    id: id.describe('Korte naam van de casus, gelijk aan de bestandsnaam.'),
    version: z.number().int().min(1).default(1).describe('Verhoog dit als je de casus inhoudelijk wijzigt.'),
    title: text,
    summary: text,
    difficulty: z.enum(['basis', 'gevorderd', 'expert']),
    learningGoals: z.array(text).min(1, 'Noem minstens één leerdoel.'),
    client: z.strictObject({
      name: text,
      age: z.number().int().min(0).max(120),
      situation: text,
      persona: text.describe('Beschrijving voor een taalmodel dat de cliënt speelt.'),
    }),
    speakers: z
      .record(
        id,
        z.strictObject({
          name: text.describe('De naam zoals die in de tekst voor een dubbele punt staat, bijvoorbeeld "Fatima".'),
          role: text.describe('Wie dit is, kort: "buurvrouw van beneden", "moeder van Sem". Het taalmodel leest dit.'),
        }),
      )
      .default({})
      .describe('Andere mensen die in het gesprek iets zeggen, naast de cliënt. Zet in een tekst hun naam met een dubbele punt voor wat zij zeggen ("Fatima: Ik kijk elke avond even."); de voornaam van de cliënt met een dubbele punt schakelt terug naar de cliënt.'),
    needsSupport: z.boolean().describe('Heeft de cliënt echt steun nodig buiten eigen kracht? Dan is zonder steun vertrekken een fout.'),
    needsMaatwerk: z.boolean().default(false).describe('Is een maatwerkvoorziening hier de juiste uitkomst?'),
    trust: z.number().int().min(0).max(10).default(3).describe('Vertrouwen van de cliënt bij de start (0-10).'),
    weights: z.partialRecord(dimensionSchema, z.number().min(0).max(5)).default({}).describe('Gewicht per dimensie in de totaalscore (standaard 1).'),
    start: id.optional().describe('Het eerste beslismoment (standaard het eerste in points). Met introduction begint het gesprek met de opening en gaat het daarna hier verder.'),
    introduction: introductionSchema.optional(),
    facts: z.record(id, factSchema).describe('Verborgen feiten, met een vaste naam per feit.'),
    points: z.record(id, pointSchema).describe('Beslismomenten, met een vaste naam per moment.'),
    fallback: z.strictObject(
      Object.fromEntries(moveSchema.options.map((m) => [m, fallbackSchema])) as Record<
        z.infer<typeof moveSchema>,
        typeof fallbackSchema
      >,
    ).describe('Antwoorden per move voor beurten die bij geen optie passen.'),
    endings: z.record(id, endingSchema).describe('Einden van het gesprek.'),
    arrangements: z
      .record(id, arrangementSchema)
      .default({})
      .describe('Steun die in deze casus echt geregeld kan worden, voor getypte voorstellen (naast opties met arranges: true).'),
    verslag: verslagSpecSchema.optional(),
  })
  .describe('Een casus voor Kanteltrainer.');

export type Scenario = z.infer<typeof caseSchema>;
export type Point = z.infer<typeof pointSchema>;
export type Option = z.infer<typeof optionSchema>;
export type Fact = z.infer<typeof factSchema>;
export type Ending = z.infer<typeof endingSchema>;
export type Introduction = z.infer<typeof introductionSchema>;
export type Arrangement = z.infer<typeof arrangementSchema>;
export type Condition = z.infer<typeof conditionSchema>;
export type VerslagSpec = z.infer<typeof verslagSpecSchema>;
export type Speaker = Scenario['speakers'][string];
export type ScoreItemSpec = z.infer<typeof scoreItemSchema>;
