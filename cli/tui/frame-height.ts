/**
 * The tallest frame the trainer drew, in lines, set by App after each render; play.tsx reads it once
 * Ink has exited. A module of its own, so the light half (play.tsx) need not load the engine.
 *
 * Why play.tsx needs it: Ink draws a frame as tall as the terminal without a newline after its last
 * line, and so is the first frame drawn after such a tall one (Ink 6.8 clears the screen and writes
 * it bare). Whatever is printed after exit would then be glued onto the last line of the debrief.
 */
export const frames = { tallest: 0 };
