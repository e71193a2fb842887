import './zod-jitless';
import { classify } from '../../engine/classifier/index';

// The offline move reader in a worker of its own: it trains on its first sentence (a few seconds), and
// the page stays responsive meanwhile. Requests carry an id; every answer names the id it answers.

type Request = { id: number; text: string };

self.onmessage = (event: MessageEvent<Request>) => {
  const { id, text } = event.data;
  try {
    self.postMessage({ id, result: classify(typeof text === 'string' ? text : '') });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
