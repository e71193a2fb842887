import { z } from 'zod';

// The steps of a written verslag in the order appeals bodies check an onderzoek (CRvB 21 March
// 2018: hulpvraag, limitations, own strength, network, what comes first, then the conclusion), and
// the domains of the Zelfredzaamheid-Matrix (ZRM 2017). Case files, run files and both faces use these ids.

export const VERSLAG_STEPS = ['hulpvraag', 'beperkingen', 'eigen_kracht', 'netwerk', 'voorzieningen', 'conclusie', 'afspraken'] as const;
export const verslagStepSchema = z.enum(VERSLAG_STEPS);
export type VerslagStep = z.infer<typeof verslagStepSchema>;

export const VERSLAG_STEP_LABELS: Record<VerslagStep, string> = {
  hulpvraag: 'Hulpvraag',
  beperkingen: 'Beperkingen',
  eigen_kracht: 'Eigen kracht',
  netwerk: 'Netwerk',
  voorzieningen: 'Voorliggende en algemene voorzieningen',
  conclusie: 'Conclusie',
  afspraken: 'Wat is afgesproken',
};

/** One line under each field: what belongs in it, in plain words. */
export const VERSLAG_STEP_HINTS: Record<VerslagStep, string> = {
  hulpvraag: 'Wat wil de cliënt weer kunnen? De vraag achter de gevraagde oplossing.',
  beperkingen: 'Wat lukt er nu niet, en waardoor? Alleen wat je in het gesprek hoorde.',
  eigen_kracht: 'Wat kan de cliënt zelf, of met hulp van huisgenoten (gebruikelijke hulp)?',
  netwerk: 'Wie helpt al of kan helpen, en wie mag niet overbelast raken?',
  voorzieningen: 'Wat gaat voor: zorgverzekering, huisarts, wijkverpleging, en wat is er voor iedereen in de buurt?',
  conclusie: 'Welk deel blijft over, en is daar een maatwerkvoorziening voor nodig? Waarom wel of niet?',
  afspraken: 'Wie doet wat en wanneer, wanneer kijken jullie samen terug, en welke rechten heb je genoemd?',
};

export const ZRM_DOMAINS = [
  'financien',
  'werk_opleiding',
  'tijdsbesteding',
  'huisvesting',
  'huiselijke_relaties',
  'geestelijke_gezondheid',
  'lichamelijke_gezondheid',
  'middelengebruik',
  'basale_adl',
  'instrumentele_adl',
  'sociaal_netwerk',
  'maatschappelijke_participatie',
  'justitie',
] as const;
export const zrmDomainSchema = z.enum(ZRM_DOMAINS);
export type ZrmDomain = z.infer<typeof zrmDomainSchema>;

export const ZRM_DOMAIN_LABELS: Record<ZrmDomain, string> = {
  financien: 'Financiën',
  werk_opleiding: 'Werk en opleiding',
  tijdsbesteding: 'Tijdsbesteding',
  huisvesting: 'Huisvesting',
  huiselijke_relaties: 'Huiselijke relaties',
  geestelijke_gezondheid: 'Geestelijke gezondheid',
  lichamelijke_gezondheid: 'Lichamelijke gezondheid',
  middelengebruik: 'Middelengebruik',
  basale_adl: 'Basale ADL (wassen, aankleden, eten)',
  instrumentele_adl: 'Instrumentele ADL (huishouden, boodschappen, koken)',
  sociaal_netwerk: 'Sociaal netwerk',
  maatschappelijke_participatie: 'Maatschappelijke participatie',
  justitie: 'Justitie',
};

export const zrmScoreSchema = z.number().int().min(1).max(5);
export type ZrmScore = z.infer<typeof zrmScoreSchema>;

/** What each score means: the client's functioning over about the last month, not its cause. */
export const ZRM_LEVEL_LABELS: Readonly<Record<number, string>> = {
  1: 'acute problematiek',
  2: 'niet zelfredzaam',
  3: 'beperkt zelfredzaam',
  4: 'voldoende zelfredzaam',
  5: 'volledig zelfredzaam',
};
export const ZRM_LEVELS = [1, 2, 3, 4, 5] as const;
