// TEMPORARY STUB (replaced by the form reader being written): same exports.
import { z } from 'zod';
export const FORMS = ['open_question','closed_question','simple_reflection','complex_reflection','summary','information','advice_without_permission','advice_with_permission','affirmation','small_talk'] as const;
export const formSchema = z.enum(FORMS);
export type Form = z.infer<typeof formSchema>;
export const FORM_LABELS: Record<Form, string> = { open_question: 'open vraag', closed_question: 'gesloten vraag', simple_reflection: 'eenvoudige reflectie', complex_reflection: 'complexe reflectie', summary: 'samenvatting', information: 'informatie', advice_without_permission: 'advies zonder toestemming', advice_with_permission: 'advies met toestemming', affirmation: 'bevestiging', small_talk: 'praatje' };
export interface FormReading { form: Form; segments: Form[] }
export function readForm(text: string): FormReading {
  const t = text.toLowerCase().trim();
  let form: Form = 'information';
  if (/^(u |het klinkt|als ik u goed)/.test(t) && !t.includes('?')) form = /klinkt|voel|alleen|mist|zwaar/.test(t) ? 'complex_reflection' : 'simple_reflection';
  else if (/samenvat|op een rij/.test(t)) form = 'summary';
  else if (/^(wat|hoe|welke|waar|waarom|wie|vertel|neemt u)/.test(t)) form = 'open_question';
  else if (t.endsWith('?')) form = 'closed_question';
  return { form, segments: [form] };
}
