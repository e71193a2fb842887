/** Longest name a run file takes (see engine/run-file.ts). */
export const MAX_NAME = 60;

/**
 * The participant's name from --naam: control characters removed (it is shown in terminals and
 * tables later), spaces trimmed; empty or too long is refused with a Dutch reason.
 */
export function participantName(raw: string): { ok: true; name: string } | { ok: false; message: string } {
  const name = raw.replace(/[\u0000-\u001f\u007f-\u009f]/g, '').replace(/\s+/g, ' ').trim();
  if (name === '') return { ok: false, message: 'Na --naam hoort een naam, bijvoorbeeld --naam "Sanne".' };
  if (name.length > MAX_NAME) return { ok: false, message: `Een naam mag hoogstens ${MAX_NAME} tekens zijn; deze is ${name.length} tekens.` };
  return { ok: true, name };
}
