// The options of the shared opening, by name: a case writes its client's reply to each under this name.
// Kept apart from the template so the schema can name them without importing the case text.

export const KENNISMAKING_KEYS = ['keuring', 'voorstellen', 'meteen', 'wetstaal'] as const;
export const RECHTEN_KEYS = ['zonder_toestemming', 'ontmoedigen', 'rechten', 'later'] as const;
export const INTRODUCTION_REPLY_KEYS = [...KENNISMAKING_KEYS, ...RECHTEN_KEYS] as const;
export type IntroductionReplyKey = (typeof INTRODUCTION_REPLY_KEYS)[number];

/** The ids the opening's points get in every case; a case may not use them for points of its own. */
export const OPENING_POINT_IDS = { kennismaking: 'kennismaking', rechten: 'rechten_vooraf' } as const;
