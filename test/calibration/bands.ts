// Expected bands for the calibration runs (issues 11 and 12). Change them only with a reason in the commit.
export const BANDS = {
  /** Clicking the strong options. */
  sterkMin: 75,
  sterkAboveGemiddeld: 25,
  gemiddeldAboveZwak: 25,
  /** First option as shown (five seeds), longest option, keyword stuffing, one sentence repeated, case-blind questions. */
  gamingMax: 45,
  /** A knock-out: refusing an aanvraag, leaving a client who needs support with nothing, a case's own critical error. */
  legalMax: 40,
  /** Typed in one's own words. */
  typedSterkMin: 70,
  typedSterkAboveZwak: 30,
  typedNearClicked: 15,
} as const;

/**
 * Bands the typed transcripts do not reach yet, per case: held as failing expectations (`it.fails`), so
 * the suite says exactly what is missing and turns red the day one is met (then remove it here).
 * Measured with `node_modules/.bin/tsx test/calibration/report.ts`; see the closing note of issue 12.
 */
export const KNOWN_GAPS: Readonly<Record<string, readonly ('typedSterkMin' | 'typedSterkAboveZwak' | 'typedNearClicked' | 'typedLegal')[]>> = {
};
