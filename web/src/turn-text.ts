/**
 * A reason as the engine words it for a list of its own ("+10 Beurt 3: je vroeg …"), shown
 * under the heading of its own turn: the turn number goes, the points stay.
 */
export function underTurn(reason: string, n: number): string {
  const points = /^[+-]?\d+ /.exec(reason)?.[0] ?? '';
  const rest = reason.slice(points.length);
  const prefix = `Beurt ${n}: `;
  if (!rest.startsWith(prefix)) return reason;
  const text = rest.slice(prefix.length);
  return points + text.charAt(0).toUpperCase() + text.slice(1);
}
