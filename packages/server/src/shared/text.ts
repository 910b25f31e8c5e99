/**
 * A text the server composes from user input (an event summary, a history note) cut to the
 * column that stores it, in characters (code points, like PostgreSQL's varchar), ending in “…”
 * when cut. Valid input must never be refused because the sentence around it is longer.
 */
export function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
