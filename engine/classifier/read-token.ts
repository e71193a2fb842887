import { cueMatcher } from './cues';
import { phraseToken, type Openers, type PhraseToken } from './phrases';
import { provisionMatcher } from './provisions';
import { topicMatcher } from './topics';

// A token as the move reader needs it: besides its stem and stem vowel, the cue, provision and topic
// patterns it can open. The reader keeps one per distinct word, so matching a sentence's phrases
// looks nothing up by spelling.

export interface ReadToken extends PhraseToken {
  readonly cues: Openers;
  readonly provisions: Openers;
  readonly topics: Openers;
}

export function readToken(token: string, tokenStem: string): ReadToken {
  const t = phraseToken(token, tokenStem);
  // Every field named, not spread: the object then holds them all in itself, one load each in the matchers' loops.
  return {
    token: t.token, stem: t.stem, vowel: t.vowel, tokenBits: t.tokenBits, stemBits: t.stemBits,
    cues: cueMatcher.openers(t), provisions: provisionMatcher.openers(t), topics: topicMatcher.openers(t),
  };
}

export const cueOpeners = (t: ReadToken): Openers => t.cues;
export const provisionOpeners = (t: ReadToken): Openers => t.provisions;
export const topicOpeners = (t: ReadToken): Openers => t.topics;
