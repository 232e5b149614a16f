/**
 * What the body of a content file may contain. Bodies are text, not code: MDX would run any
 * `{expression}`, `import` or `export` at build time, and publish any HTML element (a
 * `<meta http-equiv="refresh">` sends every visitor elsewhere). Each collection accepts an
 * explicit list of Markdown elements and components; anything else is refused with the file,
 * the line and the element. Every address is checked by the one rule in url-rules.ts.
 */
import { mdxToMdast, type MdastNode } from 'satteri';
import { isSitePath, urlProblem } from './url-rules.ts';

export type BodyCollection = 'campaigns' | 'press' | 'myths' | 'impact' | 'voices' | 'pages';

/** Markdown every body may use. */
const TEXT = ['paragraph', 'heading', 'list', 'listItem', 'text', 'emphasis', 'strong', 'link', 'break', 'inlineCode', 'thematicBreak'] as const;
/** Markdown pages may use beyond text: the downloads of a press release cannot show these. */
const RICH = ['image', 'blockquote', 'table', 'tableRow', 'tableCell'] as const;

/** Components editors may write, with the attributes each takes (always as text in quotes). */
const COMPONENTS = { Quote: ['by', 'role', 'lang'] } as const;
type Component = keyof typeof COMPONENTS;

interface Allowed {
  nodes: readonly string[];
  components: readonly Component[];
  /** What the collection accepts, as the error message and the README say it. */
  described: string;
}

const TEXT_DESCRIBED = 'paragraphs, headings (##), lists, links, *emphasis*, **bold**, `code`, a line (---) and <Quote by="…" role="…">…</Quote>';
const RICH_DESCRIBED = `${TEXT_DESCRIBED.replace(' and <Quote', ', images written as ![What it shows](./picture.jpg), quotes written with >, tables and <Quote')}`;

/** What each collection's bodies accept. */
export const BODY_ELEMENTS: Record<BodyCollection, Allowed> = {
  press: { nodes: TEXT, components: ['Quote'], described: TEXT_DESCRIBED },
  campaigns: { nodes: [...TEXT, ...RICH], components: ['Quote'], described: RICH_DESCRIBED },
  myths: { nodes: [...TEXT, ...RICH], components: ['Quote'], described: RICH_DESCRIBED },
  impact: { nodes: [...TEXT, ...RICH], components: ['Quote'], described: RICH_DESCRIBED },
  voices: { nodes: [...TEXT, ...RICH], components: ['Quote'], described: RICH_DESCRIBED },
  pages: { nodes: [...TEXT, ...RICH], components: ['Quote'], described: RICH_DESCRIBED },
};

/** The longest body the site publishes: longer would make a page, a PDF or a feed unusable. */
export const MAX_BODY_CHARACTERS = 100_000;

/** A link to a page of this site, where it is written. */
interface SiteLink {
  line: number;
  href: string;
}

export interface BodyReport {
  /** One message per problem, each starting with "file:line:". */
  problems: string[];
  /** Links to this site's own pages, to check once the build knows what it published. */
  siteLinks: SiteLink[];
}

const NAMES: Record<string, string> = {
  image: 'An image',
  imageReference: 'An image by reference (![…][name])',
  linkReference: 'A link by reference ([…][name])',
  definition: 'A reference definition ([name]: address)',
  table: 'A table',
  code: 'A code block',
  blockquote: 'A Markdown quote (>)',
  html: 'Raw HTML',
  footnoteReference: 'A footnote',
  footnoteDefinition: 'A footnote',
  delete: 'Struck-through text (~~)',
  math: 'A formula',
  inlineMath: 'A formula',
};

const isComment = (value: string) => /^\s*\/\*[\s\S]*?\*\/\s*$/.test(value);

/**
 * The problems of a content file's body, and its links to this site. `source` is the whole file,
 * front matter included, so every line number is the line the editor sees.
 */
export function checkBody(source: string, file: string, collection: BodyCollection): BodyReport {
  const allowed = BODY_ELEMENTS[collection];
  const problems: string[] = [];
  const siteLinks: SiteLink[] = [];
  const where = (node: MdastNode) => `${file}${node.position ? `:${node.position.start.line}` : ''}`;
  const refuse = (node: MdastNode, problem: string) => problems.push(`${where(node)}: ${problem}`);
  const notHere = (what: string) => `${what} is not allowed in ${collection} bodies, which may use ${allowed.described}.`;

  const address = (node: MdastNode, url: string, what: string) => {
    const problem = urlProblem(url);
    if (problem) refuse(node, `${what}: ${problem}`);
    else if (isSitePath(url)) siteLinks.push({ line: node.position?.start.line ?? 0, href: url });
  };

  let root: MdastNode;
  try {
    root = mdxToMdast(source, { features: { gfm: true, smartPunctuation: true } });
  } catch (error) {
    const message = (error as Error).message;
    const at = /^(\d+):(\d+): ?/.exec(message);
    const hint = 'A brace { or a < that starts no element must be written \\{ or \\<; comments are written {/* … */}.';
    return { problems: [`${file}${at ? `:${at[1]}` : ''}: this body cannot be read as MDX: ${message.replace(/^\d+:\d+: ?/, '').replace(/\s*\(mdx[^)]*\)$/, '')}. ${hint}`], siteLinks };
  }

  const visit = (node: MdastNode) => {
    switch (node.type) {
      case 'root':
      case 'yaml':
        break;
      case 'mdxjsEsm':
        refuse(node, 'import and export are code, which bodies may not contain: remove this line (<Quote> needs no import).');
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isComment(node.value)) {
          refuse(node, 'text in braces { } is code in MDX, which bodies may not contain. To show a brace, write \\{ and \\}; a comment is written {/* … */}.');
        }
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        if (!(allowed.components as readonly string[]).includes(name)) {
          refuse(node, notHere(name ? `<${name}>` : 'An empty element <>'));
          return;
        }
        const words = ['paragraph', 'text', 'emphasis', 'strong', 'link', 'break', 'inlineCode', 'mdxFlowExpression', 'mdxTextExpression'];
        if (collection === 'press' && node.children.some((child) => !words.includes(child.type))) {
          refuse(node, `A <${name}> in a press release holds words only (no headings, lists or other elements), so the PDF and text versions can show it.`);
        }
        if (collection === 'press' && node.type === 'mdxJsxTextElement') {
          refuse(node, `<${name}> must stand on a line of its own in a press release, with blank lines around it, so the PDF and text versions can set it apart.`);
        }
        const accepted: readonly string[] = COMPONENTS[name as Component];
        for (const attribute of node.attributes) {
          if (attribute.type !== 'mdxJsxAttribute') {
            refuse(node, `<${name} {…}> is code, which bodies may not contain: write each attribute as name="text".`);
          } else if (!accepted.includes(attribute.name)) {
            refuse(node, `<${name}> takes only ${accepted.map((a) => `${a}="…"`).join(', ')} (got ${attribute.name}).`);
          } else if (typeof attribute.value !== 'string') {
            refuse(node, `<${name} ${attribute.name}> must be written as text in quotes, e.g. ${attribute.name}="…": braces are code.`);
          }
        }
        if (name === 'Quote' && !node.attributes.some((a) => a.type !== 'mdxJsxAttribute' || (a.name === 'by' && (typeof a.value !== 'string' || a.value.trim())))) {
          refuse(node, 'A <Quote> needs by="…": who said it.');
        }
        break;
      }
      default:
        if (!allowed.nodes.includes(node.type)) {
          refuse(node, notHere(NAMES[node.type] ?? `A "${node.type}" element`));
          return;
        }
    }
    if (collection === 'press' && node.type === 'listItem') {
      for (const child of node.children as MdastNode[]) {
        if (child.type !== 'paragraph') refuse(child, child.type === 'list' ? 'A list inside a list cannot be shown in the PDF and text versions of a press release: make it one list.' : 'A list item of a press release holds text only.');
      }
    }
    if (node.type === 'link') address(node, node.url, 'Link');
    if (node.type === 'image') {
      if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(node.url) || isSitePath(node.url) || node.url.split(/[\\/]/).includes('..')) {
        refuse(node, `An image must be a file beside the entry, written ![What it shows](./picture.jpg): the site loads nothing from other addresses (got "${node.url}").`);
      } else {
        const problem = urlProblem(`/${node.url}`);
        if (problem) refuse(node, `Image: ${problem}`);
      }
    }
    if ('children' in node) for (const child of node.children as MdastNode[]) visit(child);
  };
  visit(root);
  return { problems, siteLinks };
}

/** The body of a file: everything after its front matter. */
export function bodyOf(source: string): string {
  return source.replace(/^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/, '');
}
