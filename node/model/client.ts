import OpenAI from 'openai';
import { backoffDelay, type ModelConfig } from './config';
import { isRetryable, ModelFailure, toFailure } from './failure';

export type Sleep = (ms: number) => Promise<void>;

/** A configured connection to the model. Our own retry and timeout replace the SDK's, so both are predictable. */
export interface ModelClient {
  readonly config: ModelConfig;
  readonly openai: OpenAI;
  readonly sleep: Sleep;
  /** Aborted when the face that uses the model closes, so no request keeps the process alive. */
  readonly stop?: AbortSignal;
}

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function createModelClient(config: ModelConfig, deps: { sleep?: Sleep; stop?: AbortSignal } = {}): ModelClient {
  const openai = new OpenAI({
    apiKey: config.apiKey,
    baseURL: config.baseURL ?? null,
    timeout: config.timeoutMs,
    maxRetries: 0,
    logLevel: 'off',
    // Named through globalThis: the terminal bundle defines the bare name `fetch` away (see cli/build-tui.js).
    fetch: (input, init) => globalThis.fetch(input, init),
  });
  return { config, openai, sleep: deps.sleep ?? realSleep, stop: deps.stop };
}

/** Aborts a call that stays silent too long; touch() restarts the clock (each streamed chunk does). */
export class Deadline {
  readonly controller = new AbortController();
  timedOut = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly ms: number, stop?: AbortSignal) {
    this.touch();
    if (stop?.aborted) this.controller.abort();
    else stop?.addEventListener('abort', () => this.controller.abort(), { once: true });
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  touch(): void {
    this.clear();
    this.timer = setTimeout(() => {
      this.timedOut = true;
      this.controller.abort();
    }, this.ms);
  }

  clear(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}

export interface Opened<T> {
  value: T;
  /** Still running: the caller reads on (a stream) and clears it when done. */
  deadline: Deadline;
  /** How many attempts it took (1 = no retry). */
  attempts: number;
}

/**
 * Makes a request, retrying on 429 and 5xx with capped exponential backoff. Any other failure,
 * or the last retryable one, is thrown as a ModelFailure (a reason code, no server text).
 */
export async function openWithRetry<T>(client: ModelClient, open: (signal: AbortSignal) => Promise<T>): Promise<Opened<T>> {
  const { retry, timeoutMs } = client.config;
  let failure: ModelFailure | undefined;
  for (let attempt = 0; attempt <= retry.retries; attempt++) {
    if (attempt > 0) await client.sleep(backoffDelay(retry, attempt - 1));
    if (client.stop?.aborted) throw failure ?? new ModelFailure('other');
    const deadline = new Deadline(timeoutMs, client.stop);
    try {
      const value = await open(deadline.signal);
      return { value, deadline, attempts: attempt + 1 };
    } catch (error) {
      deadline.clear();
      failure = toFailure(error, deadline.timedOut);
      if (!isRetryable(failure)) throw failure;
    }
  }
  throw failure!;
}
