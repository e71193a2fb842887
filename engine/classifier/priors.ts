import { MOVES, type Move } from '../vocabulary';
import { CUE_NAMES, CUES } from './cues';
import type { Prior } from './model';

// The hand-weighted part of the classifier: each cue group and each provision kind leans
// towards one move before any training. The learned weights start here and are pulled
// back here by regularisation, so a cue the training data never shows still counts.

const CUE_PRIOR = 0.6;
const PROVISION_PRIOR = 1.0;

const moveIndex = (move: Move): number => MOVES.indexOf(move);

const PRIORS = new Map<string, ReadonlyMap<number, number>>();
for (const cue of CUE_NAMES) PRIORS.set(`cue:${cue}`, new Map([[moveIndex(CUES[cue][0]), CUE_PRIOR]]));
PRIORS.set('p:ind', new Map([[moveIndex('maatwerkvoorziening'), PROVISION_PRIOR]]));
PRIORS.set('p:alg', new Map([[moveIndex('algemene_voorziening'), PROVISION_PRIOR]]));
PRIORS.set('p:own', new Map([[moveIndex('eigen_kracht'), PROVISION_PRIOR]]));
PRIORS.set('p:ind:neg:reason', new Map([[moveIndex('afspraak'), PROVISION_PRIOR]]));
PRIORS.set('p:ind:neg', new Map([[moveIndex('afspraak'), CUE_PRIOR]]));
PRIORS.set('p:ind:request', new Map([[moveIndex('verhelderen'), CUE_PRIOR]]));
PRIORS.set('p:ind:def:open', new Map([[moveIndex('verhelderen'), CUE_PRIOR]]));
PRIORS.set('len:1', new Map([[moveIndex('overig'), CUE_PRIOR]]));

export const cuePrior: Prior = (feature) => PRIORS.get(feature);
