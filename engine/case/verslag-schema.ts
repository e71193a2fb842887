import { z } from 'zod';
import { VERSLAG_STEP_HINTS, VERSLAG_STEPS, zrmDomainSchema, zrmScoreSchema } from '../verslag/vocabulary';

// The `verslag:` block of a case: the verslag an experienced consultant writes after a strong
// conversation, and how that consultant scores the client on the ZRM. The checklist a trainee's
// own verslag is held against is not written here: the engine builds it from the run.

const text = z.string().trim().min(1, 'Deze tekst mag niet leeg zijn.');

const id = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'Gebruik alleen kleine letters, cijfers, - en _.');

export const MIN_ZRM_DOMAINS = 3;

export const modelVerslagSchema = z
  .strictObject(
    Object.fromEntries(VERSLAG_STEPS.map((step) => [step, text.describe(`In een paar zinnen. ${VERSLAG_STEP_HINTS[step]}`)])) as Record<
      (typeof VERSLAG_STEPS)[number],
      typeof text
    >,
  )
  .describe('Het voorbeeldverslag na een sterk gesprek, per stap: hulpvraag, beperkingen, eigen_kracht, netwerk, voorzieningen, conclusie, afspraken.');

export const expertZrmSchema = z
  .strictObject({
    score: zrmScoreSchema.describe('1 acute problematiek, 2 niet zelfredzaam, 3 beperkt zelfredzaam, 4 voldoende zelfredzaam, 5 volledig zelfredzaam.'),
    reason: text.describe('Waarom deze score, in één of twee zinnen, zoals een ervaren consulent het uitlegt.'),
    facts: z
      .array(id)
      .default([])
      .describe('De verborgen feiten waar deze score op rust. Wie ze niet vond, kon dit domein niet goed inschatten; de nabespreking zegt dat.'),
  })
  .describe('De score van een ervaren consulent op één ZRM-domein.');

export const verslagSpecSchema = z
  .strictObject({
    model: modelVerslagSchema,
    zrm: z
      .partialRecord(zrmDomainSchema, expertZrmSchema)
      .refine((domains) => Object.keys(domains).length >= MIN_ZRM_DOMAINS, `Geef minstens ${MIN_ZRM_DOMAINS} ZRM-domeinen die bij deze cliënt passen.`)
      .describe('De Zelfredzaamheid-Matrix: de domeinen die bij deze cliënt passen (minstens drie), elk met een score van 1 tot 5 en een reden.'),
  })
  .describe('Het verslag na het gesprek: een voorbeeldverslag en de ZRM-scores van een ervaren consulent. Zet dit blok onderaan het casusbestand.');
