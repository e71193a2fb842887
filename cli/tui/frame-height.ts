/**
 * How tall the trainer's last frame was, in lines, set by App after each render. play.tsx reads it
 * once Ink has exited. A module of its own, so the light half (play.tsx) need not load the engine.
 */
export const lastFrame = { height: 0 };
