// One transcript for every face: the engine rebuilds the chat from the run state.
export { currentPhase, PHASES, transcript, voicedTranscript, type Line, type Phase } from '../../engine/run/transcript';
