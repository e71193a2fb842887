import { bigserial, boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

// The room tables as Drizzle sees them. The SQL that creates them lives in migrations/, applied
// in order on start (migrate.ts); this file and those files change together.
// Stored: the room's case and settings, each participant's chosen name, and their turns. Nothing else.

export const rooms = pgTable('rooms', {
  id: text('id').primaryKey(),
  code: text('code').notNull().unique(),
  /** SHA-256 of the facilitator's token: the token itself lives only in the facilitator's URL. */
  facilitatorHash: text('facilitator_hash').notNull(),
  caseId: text('case_id').notNull(),
  /** 'self': each at their own pace; 'paced': nobody takes a turn past `gate`. */
  mode: text('mode', { enum: ['self', 'paced'] }).notNull(),
  gate: integer('gate').notNull().default(1),
  revealed: boolean('revealed').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});

export const participants = pgTable('participants', {
  id: text('id').primaryKey(),
  roomId: text('room_id').notNull().references(() => rooms.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  tokenHash: text('token_hash').notNull().unique(),
  /** The run's seed, handed out on joining, so the device and the server replay the same run. */
  seed: integer('seed').notNull(),
  joinedAt: timestamp('joined_at', { withTimezone: true }).notNull(),
}, (t) => [index('participants_room').on(t.roomId)]);

export const turns = pgTable('turns', {
  participantId: text('participant_id').notNull().references(() => participants.id, { onDelete: 'cascade' }),
  roomId: text('room_id').notNull().references(() => rooms.id, { onDelete: 'cascade' }),
  n: integer('n').notNull(),
  /** The turn as the trainee gave it (engine Turn); everything else below is what the engine made of it. */
  input: jsonb('input').notNull(),
  point: text('point').notNull(),
  kind: text('kind', { enum: ['option', 'move', 'close'] }).notNull(),
  option: integer('option'),
  text: text('text').notNull(),
  nextPoint: text('next_point'),
  ending: text('ending'),
  at: timestamp('at', { withTimezone: true }).notNull(),
}, (t) => [primaryKey({ columns: [t.participantId, t.n] }), index('turns_room').on(t.roomId)]);

/** What the live views were told, in order: a browser that reconnects asks for what came after its last id. */
export const roomEvents = pgTable('room_events', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  roomId: text('room_id').notNull().references(() => rooms.id, { onDelete: 'cascade' }),
  payload: jsonb('payload').notNull(),
  at: timestamp('at', { withTimezone: true }).notNull(),
}, (t) => [index('room_events_room').on(t.roomId, t.id)]);

export const schema = { rooms, participants, turns, roomEvents };
