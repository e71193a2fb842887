import { describe, expect, it } from 'vitest';
import { modelRateFromEnv, rateLimiter } from '../../web/server/rate-limit';

describe('the per-address rate limit', () => {
  it('lets a burst through, then one request per interval, and each address has its own bucket', () => {
    let now = 0;
    const limiter = rateLimiter({ burst: 2, perMinute: 6 }, () => now);
    expect(limiter.take('192.168.1.20')).toEqual({ ok: true });
    expect(limiter.take('192.168.1.20')).toEqual({ ok: true });
    expect(limiter.take('192.168.1.20')).toEqual({ ok: false, retryAfterSeconds: 10 });
    expect(limiter.take('192.168.1.21')).toEqual({ ok: true });
    now = 9_000;
    expect(limiter.take('192.168.1.20')).toEqual({ ok: false, retryAfterSeconds: 1 });
    now = 10_000;
    expect(limiter.take('192.168.1.20')).toEqual({ ok: true });
    now = 10 * 60_000; // a long pause refills up to the burst, never beyond it
    expect([1, 2, 3].map(() => limiter.take('192.168.1.20').ok)).toEqual([true, true, false]);
  });

  it('reads KANTELTRAINER_MODEL_PER_MINUTE, and keeps the default for nonsense', () => {
    expect(modelRateFromEnv({})).toEqual({ perMinute: 30, burst: 20 });
    expect(modelRateFromEnv({ KANTELTRAINER_MODEL_PER_MINUTE: '120' })).toEqual({ perMinute: 120, burst: 40 });
    expect(modelRateFromEnv({ KANTELTRAINER_MODEL_PER_MINUTE: 'veel' })).toEqual({ perMinute: 30, burst: 20 });
    expect(modelRateFromEnv({ KANTELTRAINER_MODEL_PER_MINUTE: '-5' })).toEqual({ perMinute: 30, burst: 20 });
  });
});
