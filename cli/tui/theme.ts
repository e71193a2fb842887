/** Colour only when the person wants it (https://no-color.org): with NO_COLOR set, marks and bold carry the meaning. */
export function tint(color: string): string | undefined {
  const noColor = process.env.NO_COLOR;
  return noColor !== undefined && noColor !== '' ? undefined : color;
}

export const POINTER = '›';
