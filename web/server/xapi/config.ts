import { join } from 'node:path';

// The xAPI settings from the environment. Without XAPI_ENDPOINT nothing is sent and the web
// trainer does not report to the server at all.

export interface XapiConfig {
  endpoint: string;
  username: string;
  password: string;
  /** Typed words go to the LRS only when the organisation says so (XAPI_TYPED_TEXT=1). */
  typedText: boolean;
  /** Base IRI of our activity ids and extension keys. */
  base: string;
  /** The learner accounts' homePage (an organisation's own address); default: the trainer's address. */
  homePage: string | null;
  queueDir: string;
}

export type XapiConfigRead = { ok: true; config: XapiConfig } | { ok: false; problem: string } | null;

export function readXapiConfig(env: NodeJS.ProcessEnv, root: string): XapiConfigRead {
  const endpoint = env.XAPI_ENDPOINT?.trim();
  if (!endpoint) return null;
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return { ok: false, problem: `XAPI_ENDPOINT "${endpoint}" is geen adres. Gebruik bijvoorbeeld https://lrs.example.nl/xapi` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, problem: 'XAPI_ENDPOINT moet met https:// (of http://) beginnen.' };
  const username = env.XAPI_USERNAME ?? '';
  const password = env.XAPI_PASSWORD ?? '';
  if (!username || !password) return { ok: false, problem: 'Zet XAPI_USERNAME en XAPI_PASSWORD (de sleutel en het geheim van het LRS) naast XAPI_ENDPOINT.' };
  const homePage = env.XAPI_HOMEPAGE?.trim() || null;
  if (homePage !== null && !URL.canParse(homePage)) return { ok: false, problem: `XAPI_HOMEPAGE "${homePage}" is geen adres.` };
  return {
    ok: true,
    config: {
      endpoint, username, password, homePage,
      typedText: env.XAPI_TYPED_TEXT === '1',
      base: (env.XAPI_ACTIVITY_BASE?.trim() || 'https://kanteltrainer.invalid/xapi').replace(/\/+$/, ''),
      queueDir: env.XAPI_QUEUE_DIR?.trim() || join(env.KANTEL_DATA?.trim() || join(root, 'data'), 'xapi-wachtrij'),
    },
  };
}

/** The endpoint as scheme and host only, for the start log (no path, no credentials). */
export function describeEndpoint(endpoint: string): string {
  const url = new URL(endpoint);
  return `${url.protocol}//${url.host}`;
}
