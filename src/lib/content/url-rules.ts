/**
 * The one rule for every address content may hold, in front matter and in bodies: `https:`,
 * `http:`, `mailto:` or a path on this site, with no control or invisible character (a browser
 * drops some of them silently, so "\u0001javascript:" would become a script link).
 */

/** Control characters, and characters that print nothing or turn the text around (U+202E). */
// eslint-disable-next-line no-control-regex, no-misleading-character-class -- these characters are what the rule looks for
const HIDDEN_CHARACTER = /[\u0000-\u001F\u007F-\u009F\u00A0\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u2000-\u200F\u2028-\u202F\u205F-\u206F\u3000\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF0-\uFFFB]/u;

const SCHEMES = ['https:', 'http:', 'mailto:'];

/** A character as Unicode names it, e.g. U+202E. */
function codePoint(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The first control or invisible character in a text, with its code point and position (1 = first), if any. */
export function hiddenCharacter(text: string): { codePoint: string; position: number } | undefined {
  const match = HIDDEN_CHARACTER.exec(text);
  return match ? { codePoint: codePoint(match[0]), position: [...text.slice(0, match.index)].length + 1 } : undefined;
}

/** Whether an address is a path on this site (e.g. /myths/risk/), not a link to another one. */
export function isSitePath(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//');
}

/**
 * What is wrong with an address written in content, in words an editor can act on, or undefined
 * when it is fine. Addresses in the same page (#section) are fine too.
 */
export function urlProblem(url: string): string | undefined {
  const hidden = hiddenCharacter(url);
  if (hidden) {
    return `The address contains an invisible or control character (${hidden.codePoint}) at character ${hidden.position}: delete the address and type it again.`;
  }
  if (url.trim() === '') return 'The address is empty: write the full address, e.g. https://www.work-with-perpetrators.eu/.';
  if (/\s/.test(url)) return `The address contains a space: write spaces as %20, or check that the whole address was copied ("${url}").`;
  if (url.includes('\\')) return `The address contains a backslash (\\): use / instead ("${url}").`;
  if (isSitePath(url) || url.startsWith('#')) return undefined;
  const expected = 'Expected an address starting with https://, http:// or mailto:, or a path on this site such as /myths/';
  if (url.startsWith('//')) return `${expected} (got "${url}", which leaves out the https:).`;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `${expected} (got "${url}").`;
  }
  if (!SCHEMES.includes(parsed.protocol)) return `${expected} (got an address starting with "${parsed.protocol}").`;
  if (parsed.protocol !== 'mailto:' && !parsed.hostname) return `${expected} (got "${url}", which names no site).`;
  if (parsed.protocol === 'mailto:' && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(decodeURIComponent(parsed.pathname))) {
    return `Expected an email address after mailto:, e.g. mailto:press@example.org (got "${url}").`;
  }
  return undefined;
}

/**
 * The page or file a site path asks for, without #section or ?query and with %xx decoded,
 * e.g. "/press/launch.pdf#page=2" → "/press/launch.pdf".
 */
export function sitePathTarget(url: string): string {
  const path = url.replace(/[?#].*$/, '');
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}
