/** Text measured without a browser: the build cannot ask how wide a word will be. */

/** Average advance of a character in Inter, as a share of the font size (a little generous). */
const AVERAGE_CHAR_WIDTH = 0.52;

/** About how wide a text will be, in the same units as the font size. */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * AVERAGE_CHAR_WIDTH;
}

/** Break text into lines that fit `width` at `fontSize`; a word longer than a line keeps its own line. */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  const maxChars = Math.max(8, Math.floor(width / (fontSize * AVERAGE_CHAR_WIDTH)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length > maxChars && line) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}
