// The LMS side of SCORM 1.2 as the trainer sees it: an object named API on a parent frame or on
// the window that opened this one (SCORM 1.2 RTE 3.3.6.1). Every call returns text; "true" and
// "false" are text too.

export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string;
}

function isApi(value: unknown): value is Scorm12Api {
  const v = value as Partial<Scorm12Api> | null;
  return !!v && typeof v.LMSInitialize === 'function' && typeof v.LMSSetValue === 'function' && typeof v.LMSGetValue === 'function';
}

/** A frame of another origin throws when looked into; that frame has no API for us. */
function apiOf(win: Window): Scorm12Api | null {
  try {
    const api = (win as Window & { API?: unknown }).API;
    return isApi(api) ? api : null;
  } catch {
    return null;
  }
}

/** Walks up the frames (at most `depth`), then the opener and its frames: the first API found. */
export function findApi(start: Window, depth = 10): Scorm12Api | null {
  const climb = (from: Window): Scorm12Api | null => {
    let win: Window = from;
    for (let i = 0; i <= depth; i++) {
      const api = apiOf(win);
      if (api) return api;
      let parent: Window;
      try {
        parent = win.parent;
      } catch {
        return null;
      }
      if (!parent || parent === win) return null;
      win = parent;
    }
    return null;
  };
  const here = climb(start);
  if (here) return here;
  let opener: Window | null = null;
  try {
    opener = start.top?.opener ?? start.opener ?? null;
  } catch {
    opener = null;
  }
  return opener ? climb(opener) : null;
}
