// Refusing to take an aanvraag is a knock-out in any case (art. 4:1 Awb: anyone may apply and gets a
// decision they can object to). Typed text is checked for it with narrow patterns: "voor de buurtbus
// hoeft u geen aanvraag te doen" is information, not a refusal.

const PATTERNS: readonly RegExp[] = [
  /\baanvraag\w*\b[^.?!]{0,40}\b(neem|nemen|accepteer|accepteren)\b[^.?!]{0,15}\b(niet|geen)\b/,
  /\b(neem|nemen|accepteer|accepteren)\b[^.?!]{0,12}\b(geen|niet)\b[^.?!]{0,25}\baanvraag/,
  /\b(neem|nemen)\b[^.?!]{0,30}\bniet in behandeling\b/,
  /\baanvraag\w*\b[^.?!]{0,40}\b(heeft|is|zou)\b[^.?!]{0,10}\bgeen (zin|nut)\b/,
  /\bgeen (zin|nut)\b[^.?!]{0,30}\baanvraag/,
  /\b(kunt|kan|mag|mogen)\b[^.?!]{0,10}\b(geen|niet)\b[^.?!]{0,10}\baanvraag\w*\b[^.?!]{0,15}\b(doen|indienen|in dienen|aanvragen|aan te vragen)\b/,
  /\b(ga|gaan)\b[^.?!]{0,10}\b(ik|we|wij)\b[^.?!]{0,10}\b(geen|niet)\b[^.?!]{0,25}\b(aanvraag|beschikking)/,
  /\b(krijgt|komt)\b[^.?!]{0,15}\bgeen beschikking\b/,
  /\b(een )?aanvraag (indienen|doen) (heeft|is) (geen zin|zinloos|onzin)\b/,
  /\bdaar (doe|doen) (ik|we) geen aanvraag/,
];

export function refusesApplicationInText(text: string): boolean {
  if (!text) return false;
  const lower = text.toLowerCase();
  if (!lower.includes('aanvra') && !lower.includes('beschikking')) return false;
  return PATTERNS.some((p) => p.test(lower));
}

// Gebruikelijke hulp is no ground for a no at the table: it only covers housemates, stops where the
// carer is overloaded, and must be weighed in the onderzoek (art. 2.3.2 lid 4 onder d, art. 2.3.5 lid 3
// Wmo 2015). Typed words that use it to turn support down, without naming those limits, are a knock-out.
const USUAL_CARE = /\bgebruikelijke? (hulp|zorg)\b/;
const TURNED_DOWN: readonly RegExp[] = [
  /\b(kan|kunnen|mag|mogen|zal|zullen|gaat|gaan)\b[^.?!;]{0,20}\b(gemeente|wmo|wij|we|ik)\b[^.?!;]{0,20}\b(geen|niets|niks|weinig|niet)\b/,
  /\b(gemeente|wmo|wij|we)\b[^.?!;]{0,15}\b(kan|kunnen|mag|mogen)\b[^.?!;]{0,15}\b(geen|niets|niks|weinig|niet)\b/,
  /\b(niets|niks|geen (hulp|steun|ondersteuning|voorziening))\b[^.?!;]{0,25}\b(te regelen|regelen|inzetten|geven|bieden)\b/,
  /\b(komen|kom) (wij|we|ik) niet aan te pas\b/,
  /\book als (het )?(u|jij|je|haar|hem)? ?(het )?(zwaar|te veel|teveel|moeilijk)\b/,
  /\bmoet(en)? (u|jullie|je) (het )?(dus )?zelf (organiseren|regelen|oplossen|doen)\b/,
];
/** Words that put gebruikelijke hulp in its legal limits: then it is explained, not used to refuse. */
const LIMITS = /\b(overbelast\w*|houdt op|tenzij|niet onder gebruikelijke|geen gebruikelijke|gaat verder dan|bovengebruikelijk\w*|boven de gebruikelijke)\b/;

export function refusesOnUsualCare(text: string): boolean {
  if (!text) return false;
  const lower = text.toLowerCase();
  if (!USUAL_CARE.test(lower) || LIMITS.test(lower)) return false;
  return TURNED_DOWN.some((p) => p.test(lower));
}
