import type { RunEvent, RunState, Scenario } from '../../engine';
import { understandWithModel, type Understood } from './classify';
import { createModelClient, type ModelClient, type Sleep } from './client';
import { describeModel, readModelConfig } from './config';
import { voiceReply, type VoicePart, type Voiced } from './voice';

/**
 * What a face (terminal trainer, web server) needs from model mode, as one value it can hold or
 * replace with a fake. Both methods always succeed: on failure they give the offline result and a notice.
 */
export interface ModelMode {
  /** Safe to show: model and server, never the key. */
  readonly label: string;
  /** `choices`: the option texts at this point, in file order, so the model can name the one the trainee meant. */
  understand(text: string, clientSaid?: string, choices?: readonly string[]): Promise<Understood>;
  voice(scenario: Scenario, step: { state: RunState; events: readonly RunEvent[] }): AsyncGenerator<VoicePart, Voiced, undefined>;
}

export function modelMode(client: ModelClient): ModelMode {
  return {
    label: describeModel(client.config),
    understand: (text, clientSaid, choices) => understandWithModel(client, text, clientSaid, choices),
    voice: (scenario, step) => voiceReply(client, scenario, step),
  };
}

/** Model mode from OPENAI_API_KEY and friends, or null when no key is set (stay offline). */
export function modelModeFromEnv(
  env: Record<string, string | undefined> = process.env, deps: { sleep?: Sleep; stop?: AbortSignal } = {},
): ModelMode | null {
  const config = readModelConfig(env);
  return config ? modelMode(createModelClient(config, deps)) : null;
}
