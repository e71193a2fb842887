// A token bucket per address: a burst is fine (a trainee clicking through quickly), a steady
// stream above the rate is not (a script spending the trainer's model credit).

export interface RateLimit {
  /** Requests one address may make at once before it has to wait. */
  burst: number;
  /** Requests per minute an address gets back after that. */
  perMinute: number;
}

export type Admission = { ok: true } | { ok: false; retryAfterSeconds: number };

export interface RateLimiter {
  take(address: string): Admission;
}

/** Buckets that have filled up again are forgotten now and then, so a crowd of addresses costs no lasting memory. */
const SWEEP_EVERY = 1_000;

export function rateLimiter({ burst, perMinute }: RateLimit, now: () => number = Date.now): RateLimiter {
  const perMs = perMinute / 60_000;
  const buckets = new Map<string, { tokens: number; at: number }>();
  let takes = 0;
  const level = (bucket: { tokens: number; at: number }, t: number) => Math.min(burst, bucket.tokens + (t - bucket.at) * perMs);
  return {
    take(address) {
      const t = now();
      if (++takes % SWEEP_EVERY === 0) {
        for (const [key, bucket] of buckets) if (level(bucket, t) >= burst) buckets.delete(key);
      }
      const bucket = buckets.get(address) ?? { tokens: burst, at: t };
      const tokens = level(bucket, t);
      if (tokens < 1) {
        buckets.set(address, { tokens, at: t });
        return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)) };
      }
      buckets.set(address, { tokens: tokens - 1, at: t });
      return { ok: true };
    },
  };
}

/** The model limit from KANTELTRAINER_MODEL_PER_MINUTE (default 30 a minute, bursts of 20). */
export function modelRateFromEnv(env: Record<string, string | undefined>): RateLimit {
  const perMinute = Number(env['KANTELTRAINER_MODEL_PER_MINUTE']);
  const rate = Number.isFinite(perMinute) && perMinute > 0 ? perMinute : 30;
  return { perMinute: rate, burst: Math.max(20, Math.ceil(rate / 3)) };
}
