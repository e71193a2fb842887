import { useCallback, useEffect, useRef, useState } from 'react';
import { isHome, parseRoute, routeHref, type Route } from './routes';

/** How the trainee reached an address: by opening or reloading the page, or by a link or Back/Forward. */
export type Arrival = 'load' | 'history';

export interface RouteControl {
  route: Route;
  /** Shows a screen; `replace` when the screen takes the place of the one shown (a finished conversation becomes its debrief). */
  go(route: Route, replace?: boolean): void;
}

/** Marks history entries the trainer made itself, so a reload knows the case list already lies beneath. */
const MARK = { kanteltrainer: true };

/**
 * The route in the address bar, kept in step with the history. `arrive` runs once on load and
 * for every address reached from outside the app's own `go` (a link, Back, Forward, a typed
 * address), so the screen can load what it needs or ask first.
 */
export function useRoute(arrive: (route: Route, how: Arrival) => void): RouteControl {
  const [route, setRoute] = useState<Route>(() => parseRoute(location.hash));
  const onArrive = useRef(arrive);
  onArrive.current = arrive;
  const shown = useRef<string | null>(null);

  useEffect(() => {
    const take = (how: Arrival) => {
      const next = parseRoute(location.hash);
      const href = routeHref(next);
      if (href === shown.current) return;
      // An unknown address is the case list, and says so. The bare address stays bare: opening
      // it continues an unfinished run (App), a reload of it too.
      if (location.hash !== href && !isBare(location.hash)) history.replaceState(history.state, '', here(href));
      shown.current = href;
      setRoute(next);
      onArrive.current(next, how);
    };
    if (shown.current === null) {
      const first = parseRoute(location.hash);
      // Opened straight on an inner screen (a shared link): put the case list beneath it, so Back
      // goes to the list instead of out of the trainer. After a reload the entries are already there.
      if (!isHome(first) && !isMarked(history.state)) {
        history.replaceState(null, '', here(routeHref({ screen: 'list' })));
        history.pushState(MARK, '', here(routeHref(first)));
      }
      take('load');
    }
    // A click on a link fires both events; the second finds the route already shown.
    const onChange = () => take('history');
    window.addEventListener('popstate', onChange);
    window.addEventListener('hashchange', onChange);
    return () => {
      window.removeEventListener('popstate', onChange);
      window.removeEventListener('hashchange', onChange);
    };
  }, []);

  const go = useCallback((next: Route, replace = false) => {
    const href = routeHref(next);
    if (href === shown.current) return;
    shown.current = href;
    if (replace) history.replaceState(MARK, '', here(href));
    else history.pushState(MARK, '', here(href));
    setRoute(next);
  }, []);

  return { route, go };
}

function here(hash: string): string {
  return location.pathname + location.search + hash;
}

export function isBare(hash: string): boolean {
  return hash === '' || hash === '#';
}

function isMarked(state: unknown): boolean {
  return typeof state === 'object' && state !== null && (state as { kanteltrainer?: unknown }).kanteltrainer === true;
}
