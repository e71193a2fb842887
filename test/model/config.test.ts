import { describe, expect, it } from 'vitest';
import { backoffDelay, DEFAULT_MODEL, DEFAULT_TIMEOUT_MS, describeModel, readModelConfig, redact } from '../../node/model';
import { TEST_KEY } from './helpers';

describe('model config', () => {
  it('is off without OPENAI_API_KEY', () => {
    expect(readModelConfig({})).toBeNull();
    expect(readModelConfig({ OPENAI_API_KEY: '  ' })).toBeNull();
  });

  it('reads key, base URL, model, time-out and retries, with defaults', () => {
    expect(readModelConfig({ OPENAI_API_KEY: TEST_KEY })).toMatchObject({
      apiKey: TEST_KEY, baseURL: undefined, model: DEFAULT_MODEL, timeoutMs: DEFAULT_TIMEOUT_MS, retry: { retries: 2 },
    });
    expect(readModelConfig({
      OPENAI_API_KEY: TEST_KEY, OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1', KANTELTRAINER_MODEL: 'qwen2.5:3b',
      KANTELTRAINER_MODEL_TIMEOUT: '2.5', KANTELTRAINER_MODEL_RETRIES: '0',
    })).toMatchObject({ baseURL: 'http://127.0.0.1:11434/v1', model: 'qwen2.5:3b', timeoutMs: 2500, retry: { retries: 0 } });
    expect(readModelConfig({ OPENAI_API_KEY: TEST_KEY, KANTELTRAINER_MODEL_TIMEOUT: 'soms', KANTELTRAINER_MODEL_RETRIES: '99' }))
      .toMatchObject({ timeoutMs: DEFAULT_TIMEOUT_MS, retry: { retries: 2 } });
  });

  it('describes itself without the key', () => {
    const config = readModelConfig({ OPENAI_API_KEY: TEST_KEY, OPENAI_BASE_URL: 'http://localhost:8080/v1' })!;
    expect(describeModel(config)).toBe(`${DEFAULT_MODEL} via http://localhost:8080 (time-out 20 s)`);
    expect(describeModel(config)).not.toContain(TEST_KEY);
    expect(redact(`fout met ${TEST_KEY}`, config)).toBe('fout met ***');
  });

  it.each([
    ['http://localhost:8080/v1', 'http://localhost:8080'],
    ['https://proxy.example/v1/sk-pad-GEHEIM/', 'https://proxy.example'],
    ['https://gebruiker:wachtwoord-GEHEIM@proxy.example:8443/v1?key=GEHEIM#x', 'https://proxy.example:8443'],
    ['geen adres GEHEIM', '(een ongeldig adres in OPENAI_BASE_URL)'],
  ])('shows of OPENAI_BASE_URL %s only scheme and host: %s', (baseURL, shown) => {
    const config = readModelConfig({ OPENAI_API_KEY: TEST_KEY, OPENAI_BASE_URL: baseURL })!;
    expect(describeModel(config)).toBe(`${DEFAULT_MODEL} via ${shown} (time-out 20 s)`);
    expect(describeModel(config)).not.toContain('GEHEIM');
  });

  it.each([
    [0, 500], [1, 1000], [2, 2000], [3, 4000], [4, 4000],
  ])('waits a capped, doubling time before retry %i: %i ms', (attempt, ms) => {
    expect(backoffDelay({ retries: 5, baseDelayMs: 500, maxDelayMs: 4000 }, attempt)).toBe(ms);
  });
});
