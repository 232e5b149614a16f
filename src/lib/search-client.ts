/** Runs a Pagefind search in the browser and renders the results as a list. */

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; type?: string };
}
interface Pagefind {
  init(): Promise<void>;
  search(query: string, options?: { filters?: Record<string, string[]> }): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

let pagefind: Promise<Pagefind> | undefined;

/** Loads the index only when someone searches. The path is built at run time so the bundler leaves it alone. */
function loadPagefind(): Promise<Pagefind> {
  const path = ['', 'pagefind', 'pagefind.js'].join('/');
  pagefind ??= import(/* @vite-ignore */ path).then(async (mod: Pagefind) => {
    await mod.init();
    return mod;
  });
  return pagefind;
}

let latest = 0;

/** Searches and renders; when searches overlap (typing, then pressing Enter), only the newest renders. */
export async function runSearch(query: string, types: string[], status: HTMLElement, list: HTMLOListElement): Promise<void> {
  const ticket = ++latest;
  if (!query) {
    list.replaceChildren();
    status.textContent = '';
    return;
  }
  status.textContent = 'Searching…';
  const engine = await loadPagefind();
  const search = await engine.search(query, types.length ? { filters: { type: types } } : undefined);
  const found = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
  if (ticket !== latest) return;
  list.replaceChildren();
  status.textContent = found.length === 0
    ? `No results for “${query}”.`
    : `${search.results.length} ${search.results.length === 1 ? 'result' : 'results'} for “${query}”.`;
  for (const result of found) list.append(renderResult(result));
}

function renderResult(result: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const type = document.createElement('p');
  type.className = 'text-xs font-bold uppercase tracking-wider text-accent';
  type.textContent = result.meta.type ?? 'Page';
  const heading = document.createElement('h2');
  heading.className = 'text-lg font-bold';
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  heading.append(link);
  const excerpt = document.createElement('p');
  excerpt.className = 'mt-1 text-muted';
  // Pagefind escapes page text and adds only <mark> around matches.
  excerpt.innerHTML = result.excerpt;
  item.append(type, heading, excerpt);
  return item;
}
