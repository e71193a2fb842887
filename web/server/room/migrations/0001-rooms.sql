-- Rooms, their participants, their turns and the live events; everything goes with its room.
CREATE TABLE rooms (
  id text PRIMARY KEY,
  code text NOT NULL UNIQUE,
  facilitator_hash text NOT NULL,
  case_id text NOT NULL,
  mode text NOT NULL CHECK (mode IN ('self', 'paced')),
  gate integer NOT NULL DEFAULT 1,
  revealed boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX rooms_expires ON rooms (expires_at);

CREATE TABLE participants (
  id text PRIMARY KEY,
  room_id text NOT NULL REFERENCES rooms (id) ON DELETE CASCADE,
  name text NOT NULL,
  token_hash text NOT NULL UNIQUE,
  seed integer NOT NULL,
  joined_at timestamptz NOT NULL
);
CREATE INDEX participants_room ON participants (room_id);

CREATE TABLE turns (
  participant_id text NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
  room_id text NOT NULL REFERENCES rooms (id) ON DELETE CASCADE,
  n integer NOT NULL,
  input jsonb NOT NULL,
  point text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('option', 'move', 'close')),
  option integer,
  text text NOT NULL,
  next_point text,
  ending text,
  at timestamptz NOT NULL,
  PRIMARY KEY (participant_id, n)
);
CREATE INDEX turns_room ON turns (room_id);

CREATE TABLE room_events (
  id bigserial PRIMARY KEY,
  room_id text NOT NULL REFERENCES rooms (id) ON DELETE CASCADE,
  payload jsonb NOT NULL,
  at timestamptz NOT NULL
);
CREATE INDEX room_events_room ON room_events (room_id, id);
