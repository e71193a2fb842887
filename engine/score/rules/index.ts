import type { Rule } from '../types';
import { agreements } from './agreements';
import { caseItems } from './case-items';
import { criticalErrors } from './critical';
import { emptyHanded } from './empty-handed';
import { explorationFirst } from './exploration-first';
import { factsFound } from './facts-found';
import { kantelingOrder } from './kanteling-order';
import { moveCredit } from './move-credit';
import { openingWords } from './opening-words';
import { rightsAndFollowUp } from './rights-and-follow-up';

/** The general rules, in the order their items appear in a report. */
export const RULES: readonly Rule[] = [moveCredit, factsFound, explorationFirst, kantelingOrder, caseItems, openingWords, rightsAndFollowUp, criticalErrors, emptyHanded, agreements];
