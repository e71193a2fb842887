import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';

export type FailureReason = 'timeout' | 'rate_limit' | 'server' | 'refusal' | 'malformed' | 'dropped' | 'connection' | 'other';

/** Why a model call did not give a usable answer. Carries a reason code, never the server's text or the key. */
export class ModelFailure extends Error {
  constructor(readonly reason: FailureReason, readonly status?: number) {
    super(`model failure: ${reason}${status === undefined ? '' : ` (${status})`}`);
    this.name = 'ModelFailure';
  }
}

/** Maps whatever a call threw to a failure reason; `timedOut` tells an abort by our own timer apart. */
export function toFailure(error: unknown, timedOut: boolean): ModelFailure {
  if (error instanceof ModelFailure) return error;
  if (timedOut || error instanceof APIConnectionTimeoutError || error instanceof APIUserAbortError) return new ModelFailure('timeout');
  if (error instanceof APIConnectionError) return new ModelFailure('connection');
  if (error instanceof APIError) {
    const status = error.status;
    if (status === 429) return new ModelFailure('rate_limit', status);
    if (status !== undefined && status >= 500) return new ModelFailure('server', status);
    // An error object inside an SSE stream has no status: the stream broke off.
    if (status === undefined) return new ModelFailure('dropped');
    return new ModelFailure('other', status);
  }
  if (error instanceof SyntaxError) return new ModelFailure('malformed');
  if (error instanceof TypeError) return new ModelFailure('dropped'); // undici: "terminated" mid-body
  return new ModelFailure('other');
}

/** Only rate limits and server errors are worth another try. */
export function isRetryable(failure: ModelFailure): boolean {
  return failure.reason === 'rate_limit' || failure.reason === 'server';
}
