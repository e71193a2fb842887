import { optionSchema, type Option, type Point, type Scenario } from './schema';
import { KENNISMAKING_KEYS, OPENING_POINT_IDS, RECHTEN_KEYS, type IntroductionReplyKey } from './introduction-keys';
import type { ReferenceProblem } from './references';
import { OPENING_OPTIONS } from './introduction-options';

// The opening every case shares: who the consultant is, what the conversation is for, consent before
// others are involved, and the rights the client must hear before the onderzoek (art. 2.3.2 lid 2 and
// 3 Wmo 2015). The options are the same in every case, so a case author writes only the client's words
// (`introduction` in the case file) and every debrief can compare openings across cases.

/** What a client says when the case gives no reply of its own: short, so it fits any voice. */
const DEFAULT_REPLIES: Record<IntroductionReplyKey, string> = {
  keuring: '(Even stil.) O. Nou, dan zal ik maar goed antwoord geven.',
  voorstellen: 'Goed. Fijn dat u er bent.',
  meteen: 'Eh... ja. Goed.',
  wetstaal: '(Knikt beleefd, maar kijkt wat verloren.) Ja. Als u het zegt.',
  zonder_toestemming: 'O. Moet dat? Nou ja, als dat zo hoort.',
  ontmoedigen: 'Nee, dan zal het wel niet nodig zijn.',
  rechten: 'Dat wist ik niet. Daar denk ik even over na.',
  later: 'Goed, dan hoor ik het straks wel.',
};

const parsedOptions = new Map<IntroductionReplyKey, Option>();

function templateOption(key: IntroductionReplyKey): Option {
  let option = parsedOptions.get(key);
  if (option === undefined) {
    option = optionSchema.parse(OPENING_OPTIONS[key]);
    parsedOptions.set(key, option);
  }
  return option;
}

export interface Expanded {
  scenario: Scenario;
  problems: ReferenceProblem[];
}

/**
 * A case with an `introduction` becomes a case that starts with the two opening points and then goes on
 * where it started before. The block itself is dropped, so expanding twice changes nothing.
 */
export function expandIntroduction(scenario: Scenario): Expanded {
  const intro = scenario.introduction;
  if (intro === undefined) return { scenario, problems: [] };
  const problems: ReferenceProblem[] = [];
  for (const id of Object.values(OPENING_POINT_IDS)) {
    if (Object.hasOwn(scenario.points, id)) {
      problems.push({ path: ['points'], key: id, message: `De naam "${id}" is gereserveerd voor de gedeelde opening (introduction). Kies een andere naam voor dit beslismoment.` });
    }
  }
  const first = intro.next ?? scenario.start ?? Object.keys(scenario.points)[0];
  if (first === undefined || problems.length > 0) return { scenario, problems };
  if (!Object.hasOwn(scenario.points, first)) {
    problems.push({ path: intro.next !== undefined ? ['introduction', 'next'] : ['start'], message: `Onbekend beslismoment "${first}".` });
    return { scenario, problems };
  }
  const reply = (key: IntroductionReplyKey): string => intro.replies[key] ?? DEFAULT_REPLIES[key];
  const options = (keys: readonly IntroductionReplyKey[], next: string): Option[] =>
    keys.map((key) => ({ ...templateOption(key), reply: reply(key), next }));
  const kennismaking: Point = {
    phase: 'opening',
    client: intro.client,
    discussion: 'Wat moet een cliënt weten voordat het onderzoek begint: wie je bent, waarvoor je komt en wie er beslist? Hoe zeg je dat in gewone woorden?',
    options: options(KENNISMAKING_KEYS, OPENING_POINT_IDS.rechten),
    next: OPENING_POINT_IDS.rechten,
  };
  const rechten: Point = {
    phase: 'opening',
    client: intro.rights,
    discussion: 'De wet wil dat de cliënt vóór het onderzoek hoort van gratis cliëntondersteuning en het persoonlijk plan. Waarom daar, en niet pas bij het afronden?',
    options: options(RECHTEN_KEYS, first),
    next: first,
  };
  const { introduction: _dropped, ...rest } = scenario;
  return {
    scenario: { ...rest, start: OPENING_POINT_IDS.kennismaking, points: { [OPENING_POINT_IDS.kennismaking]: kennismaking, [OPENING_POINT_IDS.rechten]: rechten, ...scenario.points } },
    problems: [],
  };
}

/** Whether a point belongs to the opening: the shared one, or one a case wrote itself with `phase: opening`. */
export function isOpeningPoint(scenario: Scenario, pointId: string): boolean {
  return Object.hasOwn(scenario.points, pointId) && scenario.points[pointId]!.phase === 'opening';
}
