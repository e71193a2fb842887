// Optional model mode (Node side only): a model voices the client and reads free text; the engine stays the authority.
export { readModelConfig, describeModel, redact, backoffDelay, DEFAULT_MODEL, DEFAULT_TIMEOUT_MS, type ModelConfig, type RetryPolicy } from './config';
export { createModelClient, type ModelClient, type Sleep } from './client';
export { ModelFailure, type FailureReason } from './failure';
export { understandWithModel, modelReadingSchema, type Understood } from './classify';
export { voiceReply, collectVoice, type VoicePart, type Voiced } from './voice';
export { voiceMessages, engineReply } from './voice-prompt';
export { MODEL_NL } from './messages';
export { readingOf, type TurnReading } from './reading';
export { modelMode, modelModeFromEnv, type ModelMode } from './mode';
export { personaForModel } from './persona';
