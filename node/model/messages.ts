// Dutch notices for model mode, in one place (ready for a second language).
import type { FailureReason } from './failure';

export const MODEL_NL = {
  voiceFallback: 'Het taalmodel reageerde niet; de cliënt antwoordt nu zonder model.',
  classifyFallback: 'Het taalmodel kon deze beurt niet lezen; de offline lezer heeft hem opgevat.',
  reasons: {
    timeout: 'geen antwoord binnen de tijd',
    rate_limit: 'te veel verzoeken',
    server: 'serverfout',
    refusal: 'het model weigerde',
    malformed: 'onbruikbaar antwoord',
    dropped: 'verbinding viel weg',
    connection: 'geen verbinding',
    other: 'onbekende fout',
  } satisfies Record<FailureReason, string>,
} as const;

/** "Het taalmodel reageerde niet; … (serverfout)": the notice with a short, key-free reason. */
export function notice(base: string, reason: FailureReason): string {
  return `${base} (${MODEL_NL.reasons[reason]})`;
}
