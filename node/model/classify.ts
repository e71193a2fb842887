import { zodResponseFormat } from 'openai/helpers/zod';
import { z } from 'zod';
import { FORM_LABELS, FORMS, formSchema, MOVE_LABELS, MOVES, moveSchema, TOPICS, topicSchema, type Turn } from '../../engine';
import { understandOffline } from '../understand';
import { openWithRetry, type ModelClient } from './client';
import { ModelFailure, toFailure, type FailureReason } from './failure';
import { MODEL_NL, notice } from './messages';

/** What the model must return for one turn: the offline reader's fields, the form, and the option it matches. */
export const modelReadingSchema = z.strictObject({
  move: moveSchema,
  confidence: z.number().min(0).max(1),
  topics: z.array(topicSchema),
  form: formSchema.nullable(),
  /** The number of the option (as listed to the model) the turn says, or null. */
  option: z.number().int().min(1).nullable(),
});
/** Older or sparser answers without form and option are still a valid reading. */
const answerSchema = modelReadingSchema.extend({ form: formSchema.nullable().default(null), option: z.number().int().min(1).nullable().default(null) });
export type ModelReading = z.infer<typeof modelReadingSchema>;
/** Built once: turning the schema into JSON Schema costs milliseconds, on every reading otherwise. */
const RESPONSE_FORMAT = zodResponseFormat(modelReadingSchema, 'beurt');

export interface Understood {
  turn: Turn;
  /** Set when the offline classifier stepped in; a Dutch line for the trainee. */
  notice?: string;
  reason?: FailureReason;
}

const SYSTEM = [
  'Je leest één beurt van een Wmo-consulent in een keukentafelgesprek en bepaalt welke gespreksmove het is.',
  'Kies precies één move uit deze lijst:',
  ...MOVES.map((m) => `- ${m}: ${MOVE_LABELS[m]}`),
  'Regels: een vraag die een individuele voorziening voorstelt is maatwerkvoorziening; een vraag naar de hulpvraag zelf is verhelderen;',
  'een gedeelde of vrij toegankelijke voorziening is algemene_voorziening; zelf (privé) betalen of zelf doen is eigen_kracht;',
  'vragen over wat familie, buren of vrienden kunnen doen is netwerk; een gemotiveerd nee of een afspraak is afspraak.',
  `Onderwerpen (topics), nul of meer uit: ${TOPICS.join(', ')}.`,
  'confidence is een getal van 0 tot 1: hoe zeker je bent.',
  'form is de vorm van de beurt (naar MITI 4.2.1), precies één uit:',
  ...FORMS.map((f) => `- ${f}: ${FORM_LABELS[f]}`),
  'option is het nummer van de genoemde keuzemogelijkheid die de consulent met andere woorden zegt, of null als geen ervan echt hetzelfde zegt.',
  'Kies een keuzemogelijkheid alleen als de bedoeling echt dezelfde is, niet omdat het onderwerp overeenkomt.',
].join('\n');

/**
 * The trainee's free text read by the model; on any failure the offline classifier reads it, with a notice.
 * `clientSaid` (optional) is what the client last said, which the trainee saw too: context, never hidden facts.
 */
export async function understandWithModel(client: ModelClient, text: string, clientSaid?: string, choices: readonly string[] = []): Promise<Understood> {
  try {
    const reading = await readTurn(client, text, clientSaid, choices);
    const option = reading.option !== null && reading.option <= choices.length ? { option: reading.option } : {};
    const form = reading.form !== null ? { form: reading.form } : {};
    return { turn: { type: 'move', move: reading.move, text, topics: reading.topics, confidence: reading.confidence, source: 'model', ...form, ...option } };
  } catch (error) {
    const failure = toFailure(error, false);
    return { turn: understandOffline(text), notice: notice(MODEL_NL.classifyFallback, failure.reason), reason: failure.reason };
  }
}

async function readTurn(client: ModelClient, text: string, clientSaid: string | undefined, choices: readonly string[]): Promise<ModelReading> {
  const listed = choices.length === 0 ? '' : `Keuzemogelijkheden op dit moment:\n${choices.map((c, i) => `${i + 1}. ${c}`).join('\n')}\n\n`;
  const user = `${listed}${clientSaid ? `De cliënt zei net: "${clientSaid}"\n\n` : ''}De consulent zegt: "${text}"`;
  const { value: completion, deadline } = await openWithRetry(client, (signal) =>
    client.openai.chat.completions.create(
      {
        model: client.config.model,
        messages: [
          { role: 'system', content: SYSTEM },
          { role: 'user', content: user },
        ],
        response_format: RESPONSE_FORMAT,
      },
      { signal },
    ),
  );
  deadline.clear();
  const message = completion.choices[0]?.message;
  if (!message) throw new ModelFailure('malformed');
  if (message.refusal) throw new ModelFailure('refusal');
  if (completion.choices[0]?.finish_reason === 'content_filter') throw new ModelFailure('refusal');
  let json: unknown;
  try {
    json = JSON.parse(message.content ?? '');
  } catch {
    throw new ModelFailure('malformed');
  }
  const parsed = answerSchema.safeParse(json);
  if (!parsed.success) throw new ModelFailure('malformed');
  // Topics once each, in the vocabulary's order, as the offline classifier gives them.
  const topics = TOPICS.filter((t) => parsed.data.topics.includes(t));
  return { ...parsed.data, topics };
}
