// Every screen has its own address (a hash route, so any static web server will do), and the
// browser's Back button moves between screens instead of leaving the trainer.
//
// How to add a screen (e.g. "Groepsruimte" on #/groep):
//  1. add a variant to `Route` below, e.g. `| { screen: 'group' }`;
//  2. give it a line in `parseRoute` (address → route) and in `routeHref` (route → address);
//     `test/web/routes.test.ts` checks that the two agree;
//  3. render it in App.tsx where the other screens are chosen (`route.screen === 'group'`);
//  4. link to it with `<a href={routeHref({ screen: 'group' })}>` or call `go(route)` from
//     `useRoute`: both push a history entry, so Back returns to where the trainee was.
// A screen that needs something loaded first (a case, a run) does that in App's `arrive`,
// which runs for every address the trainee reaches by a link, Back/Forward or a reload.
// Segments are Dutch: the address is part of what the trainee sees.

export type Route =
  | { screen: 'list' }
  | { screen: 'conversation'; caseId: string }
  | { screen: 'debrief'; caseId: string }
  | { screen: 'compare' }
  | { screen: 'progress' }
  /** The group room (screens/room/RoomApp.tsx reads `rest`: a code, "nieuw", or "leiden/<room>/<token>"). */
  | { screen: 'room'; rest: string };

const CASE_ID = /^[\w-]+$/;

/** The route an address names; anything unknown is the case list. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter((p) => p !== '');
  const [first, second, third] = parts;
  if (parts.length === 1 && first === 'vergelijken') return { screen: 'compare' };
  if (parts.length === 1 && first === 'voortgang') return { screen: 'progress' };
  if (first === 'ruimte' && parts.length <= 4 && parts.slice(1).every((p) => CASE_ID.test(p))) return { screen: 'room', rest: parts.slice(1).join('/') };
  if (first === 'casus' && second !== undefined && CASE_ID.test(second)) {
    if (parts.length === 2) return { screen: 'conversation', caseId: second };
    if (parts.length === 3 && third === 'nabespreking') return { screen: 'debrief', caseId: second };
  }
  return { screen: 'list' };
}

/** The address of a route, as a hash (for `href` and the history). */
export function routeHref(route: Route): string {
  switch (route.screen) {
    case 'list':
      return '#/';
    case 'compare':
      return '#/vergelijken';
    case 'progress':
      return '#/voortgang';
    case 'conversation':
      return `#/casus/${route.caseId}`;
    case 'debrief':
      return `#/casus/${route.caseId}/nabespreking`;
    case 'room':
      return route.rest ? `#/ruimte/${route.rest}` : '#/ruimte';
  }
}

export function sameRoute(a: Route, b: Route): boolean {
  return routeHref(a) === routeHref(b);
}

/** The case list is the bottom of the trainer's history: Back from any other screen ends there. */
export function isHome(route: Route): boolean {
  return route.screen === 'list';
}
