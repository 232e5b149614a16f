/**
 * Finds code written into an HTML page that a Content-Security-Policy without 'unsafe-inline'
 * blocks: inline scripts, <style> elements, style="" and on…="" attributes. Data blocks such as
 * JSON-LD (<script type="application/ld+json">) are not run, so they are allowed.
 */

/** Script types the browser runs (an absent or empty type is JavaScript too). */
const EXECUTED_SCRIPT_TYPES = /^(|module|importmap|speculationrules|(text|application)\/(x-)?(java|ecma)script)$/i;

interface Tag {
  name: string;
  attributes: Map<string, string>;
  /** For <script> and <style>: the text up to the closing tag. */
  content?: string;
}

/** Start tags with their attributes, quote-aware, skipping comments and the text of scripts and styles. */
function* startTags(html: string): Generator<Tag> {
  let at = 0;
  while ((at = html.indexOf('<', at)) !== -1) {
    if (html.startsWith('<!--', at)) {
      at = html.indexOf('-->', at) === -1 ? html.length : html.indexOf('-->', at) + 3;
      continue;
    }
    const name = /^<([a-zA-Z][\w:-]*)/.exec(html.slice(at, at + 64))?.[1]?.toLowerCase();
    if (!name) {
      at += 1;
      continue;
    }
    at += name.length + 1;
    const attributes = new Map<string, string>();
    const attribute = /\s*([^\s"'>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?|\s*\/?\s*>/y;
    for (;;) {
      attribute.lastIndex = at;
      const match = attribute.exec(html);
      if (!match) break;
      at = attribute.lastIndex;
      if (!match[1]) break;
      attributes.set(match[1].toLowerCase(), (match[2] ?? '').replace(/^["']|["']$/g, ''));
    }
    let content: string | undefined;
    if (name === 'script' || name === 'style') {
      const end = html.toLowerCase().indexOf(`</${name}`, at);
      content = html.slice(at, end === -1 ? html.length : end);
      at = end === -1 ? html.length : end;
    }
    yield { name, attributes, content };
  }
}

/** One line per piece of inline code in the page, saying what and where. */
export function inlineCodeProblems(html: string): string[] {
  const problems: string[] = [];
  for (const tag of startTags(html)) {
    if (
      tag.name === 'script' &&
      !tag.attributes.has('src') &&
      EXECUTED_SCRIPT_TYPES.test(tag.attributes.get('type') ?? '') &&
      tag.content?.trim()
    ) {
      problems.push(`an inline <script> ("${tag.content.trim().slice(0, 60)}…")`);
    }
    if (tag.name === 'style' && tag.content?.trim()) {
      problems.push(`a <style> element ("${tag.content.trim().slice(0, 60)}…")`);
    }
    for (const [name, value] of tag.attributes) {
      if (name === 'style') problems.push(`a style="${value}" attribute on <${tag.name}>`);
      if (/^on[a-z]+$/.test(name)) problems.push(`an ${name}="" event handler on <${tag.name}>`);
      if (name === 'href' && /^\s*javascript:/i.test(value)) problems.push(`a javascript: link on <${tag.name}>`);
    }
  }
  return problems;
}
