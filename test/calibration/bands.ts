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
