import type { Statement } from './statements';
import type { Sender } from './queue';

// Posting statements to a Learning Record Store (xAPI 1.0.3, POST /statements), with basic
// authentication. A statement the LRS already has (409: same id) counts as delivered.

export interface LrsConfig {
  endpoint: string;
  username: string;
  password: string;
  /** Per request; a slow LRS is given up on and tried again later. */
  timeoutMs?: number;
}

export function lrsSender(config: LrsConfig, fetchImpl: typeof fetch = fetch): Sender {
  const url = `${config.endpoint.replace(/\/+$/, '')}/statements`;
  const auth = `Basic ${Buffer.from(`${config.username}:${config.password}`).toString('base64')}`;
  const post = async (batch: readonly Statement[]): Promise<number> => {
    const response = await fetchImpl(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Experience-API-Version': '1.0.3', Authorization: auth },
      body: JSON.stringify(batch),
      signal: AbortSignal.timeout(config.timeoutMs ?? 10_000),
    });
    await response.arrayBuffer().catch(() => undefined);
    return response.status;
  };
  return {
    async send(batch: readonly Statement[]) {
      const status = await post(batch);
      if (status >= 200 && status < 300) return;
      // A batch is refused whole when one statement in it was there already (a resend after a
      // lost answer): then one by one, in order, so the new ones still arrive.
      if (status === 409 && batch.length > 1) {
        for (const one of batch) {
          const single = await post([one]);
          if (!(single >= 200 && single < 300) && single !== 409) throw new Error(`het LRS antwoordde ${single}`);
        }
        return;
      }
      if (status === 409) return;
      throw new Error(`het LRS antwoordde ${status}`);
    },
  };
}
