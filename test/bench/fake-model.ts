import { createServer } from 'node:http';

// A stand-in for an OpenAI-compatible server on loopback that answers at once, so a benchmark of
// the web server measures the web server. Run as a child process: it prints its port.

const reading = JSON.stringify({ move: 'verhelderen', confidence: 0.8, topics: [], form: 'open_question', option: null });
const base = { id: 'chatcmpl-bench', created: 1_700_000_000, model: 'bench' };

const server = createServer((req, res) => {
  let raw = '';
  req.setEncoding('utf8');
  req.on('data', (d: string) => (raw += d));
  req.on('end', () => {
    const stream = raw.includes('"stream":true');
    if (!stream) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ...base, object: 'chat.completion', choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: reading, refusal: null } }] }));
      return;
    }
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    const send = (delta: object, finish: string | null) =>
      res.write(`data: ${JSON.stringify({ ...base, object: 'chat.completion.chunk', choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`);
    send({ role: 'assistant', content: '' }, null);
    for (const piece of ['Ach, ', 'het gaat ', 'wel.']) send({ content: piece }, null);
    send({}, 'stop');
    res.end('data: [DONE]\n\n');
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  console.log(typeof address === 'object' && address ? address.port : 0);
});
