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
