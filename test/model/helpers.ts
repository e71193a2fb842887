import { createModelClient, type ModelClient, type ModelConfig } from '../../node/model';

export const TEST_KEY = 'sk-test-GEHEIM-0123456789abcdef';

/** A client for the fake server: short time-out, small backoff, and waits recorded instead of slept. */
export function testClient(baseURL: string, overrides: Partial<ModelConfig> = {}): { client: ModelClient; waits: number[] } {
  const waits: number[] = [];
  const config: ModelConfig = {
    apiKey: TEST_KEY,
    baseURL,
    model: 'test-model',
    timeoutMs: 300,
    retry: { retries: 2, baseDelayMs: 100, maxDelayMs: 150 },
    ...overrides,
  };
  const client = createModelClient(config, { sleep: async (ms) => void waits.push(ms) });
  return { client, waits };
}
