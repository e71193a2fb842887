import { createHash } from 'node:crypto';
import { z } from 'zod';
import { wireTurnSchema } from '../model-requests';
import type { Participant, Room } from '../room/store';
import type { Recorder } from './recorder';

// A run played in a group room goes to the LRS like any other, with the room and its facilitator
// in the statements' context. The participant's id becomes the registration (as a UUID).

/** A stable UUID (version 5 layout) from a participant's id. */
export function registrationOf(participantId: string): string {
  const h = createHash('sha1').update(`kanteltrainer-deelnemer:${participantId}`).digest('hex').slice(0, 32).split('');
  h[12] = '5';
  h[16] = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

const inputsSchema = z.array(wireTurnSchema);

export function roomTurnRecorder(recorder: Recorder, homePage: string, log?: (message: string) => void) {
  return ({ room, participant, inputs }: { room: Room; participant: Participant; inputs: unknown[] }): void => {
    const turns = inputsSchema.safeParse(inputs);
    if (!turns.success) return;
    try {
      recorder.record({
        runId: registrationOf(participant.id),
        caseId: room.caseId,
        seed: participant.seed,
        turns: turns.data,
        learner: { objectType: 'Agent', name: participant.name.slice(0, 200), account: { homePage, name: `deelnemer-${participant.id}` } },
        group: { roomId: room.id, roomName: room.code, facilitator: 'Gespreksleider' },
      });
    } catch (e) {
      log?.(`xAPI: een beurt in groepsruimte ${room.code} kon niet in de wachtrij (${(e as Error).message}).`);
    }
  };
}
