import { z } from 'zod';
import { caseIdSchema, MAX_TURNS, wireTurnSchema } from '../model-requests';
import { readBody, refuse, sendJson } from '../replies';
import type { ApiHandler } from '../serve';
import type { Recorder } from './recorder';

// Whether this server reports runs to an LRS, the page reads from /api/health ({ xapi: true }).
// POST /api/xapi/run: a run so far (its id, case, seed, turns and the learner's name on the
// device). The answer comes at once; the statements go out from the queue.

const MAX_BODY = 256 * 1024;

export const runRequestSchema = z.strictObject({
  runId: z.uuid(),
  caseId: caseIdSchema,
  seed: z.number().int(),
  turns: z.array(wireTurnSchema).max(MAX_TURNS),
  learner: z.strictObject({ key: z.string().regex(/^[a-z0-9-]{1,60}$/), name: z.string().trim().max(60).nullable() }),
});

export const NL_XAPI = {
  shape: 'Dit verzoek heeft niet de vorm van een gesprek (runId, caseId, seed, turns, learner).',
  unknownCase: 'Die casus bestaat niet op deze server.',
  doesNotFit: 'Deze beurten passen niet bij de casus zoals die nu is.',
  tooLarge: 'Dit verzoek is te groot.',
  unreadable: 'Het verzoek kon niet gelezen worden.',
  onlyPost: 'Alleen POST.',
  notKept: 'De leergegevens konden op deze server niet bewaard worden.',
} as const;

export function xapiApi(recorder: Recorder | null, homePage: string | null): ApiHandler {
  return (req, res, path) => {
    if (path !== '/api/xapi/run') return false;
    if (!recorder) return refuse(res, 404, 'Deze server stuurt geen leergegevens door.');
    if (req.method !== 'POST') return refuse(res, 405, NL_XAPI.onlyPost, { Allow: 'POST' });
    readBody(req, MAX_BODY).then(
      (body) => {
        if (body === null) return void refuse(res, 413, NL_XAPI.tooLarge, { Connection: 'close' });
        let data: unknown;
        try {
          data = JSON.parse(body);
        } catch {
          return void refuse(res, 400, NL_XAPI.shape);
        }
        const request = runRequestSchema.safeParse(data);
        if (!request.success) return void refuse(res, 400, NL_XAPI.shape);
        const { runId, caseId, seed, turns, learner } = request.data;
        const page = homePage ?? `http://${req.headers.host ?? 'localhost'}`;
        const actor = { objectType: 'Agent' as const, ...(learner.name ? { name: learner.name } : {}), account: { homePage: page, name: learner.key } };
        let result: ReturnType<Recorder['record']>;
        try {
          result = recorder.record({ runId, caseId, seed, turns, learner: actor });
        } catch {
          // The queue's folder refused the write (disk full, no permission): the trainee plays on regardless.
          return void refuse(res, 503, NL_XAPI.notKept);
        }
        if (!result.ok) return void refuse(res, result.reason === 'unknown-case' ? 404 : 409, result.reason === 'unknown-case' ? NL_XAPI.unknownCase : NL_XAPI.doesNotFit);
        sendJson(res, 202, { queued: result.queued });
      },
      () => refuse(res, 400, NL_XAPI.unreadable),
    );
    return true;
  };
}
