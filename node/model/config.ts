/** How the optional language model is reached. Read on the Node side only; never sent to a browser. */
export interface ModelConfig {
  /** Secret. Never printed, logged or written to a run file: use describeModel() to show a config. */
  apiKey: string;
  /** Any OpenAI-compatible server; undefined means the OpenAI API. */
  baseURL: string | undefined;
  model: string;
  /** Per attempt: until the first byte, and between two chunks of a streamed reply. */
  timeoutMs: number;
  retry: RetryPolicy;
}

/** Exponential backoff without jitter, so tests can predict every wait. */
export interface RetryPolicy {
  /** Extra attempts after the first, only for 429 and 5xx answers. */
  retries: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_MODEL = 'gpt-4o-mini';
export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_RETRY: RetryPolicy = { retries: 2, baseDelayMs: 500, maxDelayMs: 4_000 };

type Env = Record<string, string | undefined>;

/**
 * The model settings from the environment, or null when OPENAI_API_KEY is not set (offline mode).
 * OPENAI_BASE_URL and KANTELTRAINER_MODEL are optional; KANTELTRAINER_MODEL_TIMEOUT is in seconds,
 * KANTELTRAINER_MODEL_RETRIES (0–5) the number of retries on 429 and 5xx.
 */
export function readModelConfig(env: Env = process.env): ModelConfig | null {
  const apiKey = env['OPENAI_API_KEY']?.trim();
  if (!apiKey) return null;
  const seconds = Number(env['KANTELTRAINER_MODEL_TIMEOUT']);
  const retries = Number(env['KANTELTRAINER_MODEL_RETRIES']);
  return {
    apiKey,
    baseURL: env['OPENAI_BASE_URL']?.trim() || undefined,
    model: env['KANTELTRAINER_MODEL']?.trim() || DEFAULT_MODEL,
    timeoutMs: Number.isFinite(seconds) && seconds > 0 ? Math.round(seconds * 1000) : DEFAULT_TIMEOUT_MS,
    retry: Number.isInteger(retries) && retries >= 0 && retries <= 5 && env['KANTELTRAINER_MODEL_RETRIES']?.trim()
      ? { ...DEFAULT_RETRY, retries }
      : DEFAULT_RETRY,
  };
}

/**
 * A one-line description that is safe to print or send to a browser: the model, and of the server
 * only scheme and host. A proxy's path, query or user part may hold a token (…/v1/sk-…, ?key=…).
 */
export function describeModel(config: ModelConfig): string {
  return `${config.model} via ${config.baseURL === undefined ? 'api.openai.com' : serverOf(config.baseURL)} (time-out ${config.timeoutMs / 1000} s)`;
}

/** Scheme and host (with port) of a server address, nothing else. */
export function serverOf(baseURL: string): string {
  try {
    const url = new URL(baseURL);
    return `${url.protocol}//${url.host}`;
  } catch {
    return '(een ongeldig adres in OPENAI_BASE_URL)';
  }
}

/** The wait before retry number `attempt` (0-based): base, 2×base, 4×base, … capped. */
export function backoffDelay(policy: RetryPolicy, attempt: number): number {
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
}

/** Removes the key from any text that might leave the process (belt and braces: we never put it there). */
export function redact(text: string, config: Pick<ModelConfig, 'apiKey'>): string {
  return config.apiKey ? text.split(config.apiKey).join('***') : text;
}
