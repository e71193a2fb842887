import type { ClassifierResult } from '../../engine/classifier/index';

// Reads a typed turn offline. The reader trains on its first sentence, which takes seconds: in a worker,
// so typing, clicking and scrolling go on meanwhile, and started as soon as a conversation opens
// (warmMoveReader), so the first typed turn does not wait. Where a worker cannot start (a page opened
// from disk, an old browser, a test without a DOM) the reader runs on the page itself.

type Read = (text: string) => Promise<ClassifierResult>;

let reader: Read | undefined;

const onPage: Read = async (text) => {
  const { classify } = await import('../../engine/classifier/index');
  return classify(text);
};

function inWorker(): Read {
  if (typeof Worker === 'undefined') return onPage;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./classifier-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return onPage;
  }
  const waiting = new Map<number, { text: string; resolve: (r: ClassifierResult) => void; reject: (e: Error) => void }>();
  let next = 1;
  let broken = false;
  // A worker that fails to load or breaks hands what it was asked, and everything after, to the page.
  const fallBack = () => {
    if (broken) return;
    broken = true;
    reader = onPage;
    worker.terminate();
    for (const [, w] of waiting) onPage(w.text).then(w.resolve, w.reject);
    waiting.clear();
  };
  worker.addEventListener('error', fallBack);
  worker.addEventListener('messageerror', fallBack);
  worker.addEventListener('message', (event: MessageEvent<{ id: number; result?: ClassifierResult; error?: string }>) => {
    const w = waiting.get(event.data.id);
    if (!w) return;
    waiting.delete(event.data.id);
    if (event.data.result) w.resolve(event.data.result);
    else w.reject(new Error(event.data.error ?? 'De lezer gaf geen antwoord.'));
  });
  return (text) => {
    if (broken) return onPage(text);
    return new Promise((resolve, reject) => {
      const id = next++;
      waiting.set(id, { text, resolve, reject });
      worker.postMessage({ id, text });
    });
  };
}

/** The move, confidence, topics and likely moves of a typed turn. */
export function readMove(text: string): Promise<ClassifierResult> {
  reader ??= inWorker();
  return reader(text);
}

/** Starts training the reader now, off the page where it can, so the first typed turn finds it ready. */
export function warmMoveReader(): void {
  readMove('').catch(() => undefined);
}
