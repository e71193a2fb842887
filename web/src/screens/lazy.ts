import { lazy } from 'react';

// The conversation and the debrief come with the engine, after the case list is on screen.
// load() fetches them together with a case, so opening one costs a single round of requests.
const conversation = () => import('./Conversation');
const debrief = () => import('./Debrief');

export const Conversation = lazy(() => conversation().then((m) => ({ default: m.Conversation })));
export const Debrief = lazy(() => debrief().then((m) => ({ default: m.Debrief })));

export function preloadScreens(): Promise<unknown> {
  return Promise.all([conversation(), debrief()]);
}

// The comparison of a group's runs, with the run-file checks; loaded only when a trainer opens it.
export const Compare = lazy(() => import('./Compare').then((m) => ({ default: m.Compare })));
