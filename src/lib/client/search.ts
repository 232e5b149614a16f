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

/**
 * A search someone linked to by hand (/search/?q=…&type=…), read once on arrival and then removed
 * from the address, so the words are neither shown in the address bar nor kept in this page's
 * history entry. Searches typed on the page never reach the address at all: a visitor's words
 * must not be left in the browser's history after a quick exit.
 */
export function takeSearchFromAddress(): { query: string; types: string[] } {
  const url = new URL(location.href);
  const query = url.searchParams.get('q') ?? '';
  const types = url.searchParams.getAll('type');
  if (url.search) {
    url.search = '';
    history.replaceState(history.state, '', url);
  }
  return { query, types };
}

/** Results shown at once: each one costs the browser a request for its excerpt. */
export const RESULTS_PER_PAGE = 10;

/** What the status line says, in the page's language ({query}, {count} filled in). */
export interface SearchMessages {
  searching: string;
  none: string;
  one: string;
  many: string;
}

interface SearchView {
  messages: SearchMessages;
  status: HTMLElement;
  list: HTMLOListElement;
  /** "Show more results", shown while some results are not yet listed. */
  more: HTMLButtonElement;
}

let latest = 0;
let pending: { data(): Promise<PagefindResultData> }[] = [];

/** Fetches and appends the next page of results; returns the first item added. */
async function showNext(view: SearchView, ticket: number): Promise<HTMLLIElement | undefined> {
  const page = pending.slice(0, RESULTS_PER_PAGE);
  const found = await Promise.all(page.map((r) => r.data()));
  if (ticket !== latest) return undefined;
  pending = pending.slice(page.length);
  const items = found.map(renderResult);
  view.list.append(...items);
  view.more.hidden = pending.length === 0;
  return items[0];
}

/** Searches and renders; when searches overlap (typing, then pressing Enter), only the newest renders. */
export async function runSearch(query: string, types: string[], view: SearchView): Promise<void> {
  const ticket = ++latest;
  if (!query) {
    view.list.replaceChildren();
    view.status.textContent = '';
    view.more.hidden = true;
    return;
  }
  view.status.textContent = view.messages.searching;
  const engine = await loadPagefind();
  const search = await engine.search(query, types.length ? { filters: { type: types } } : undefined);
  if (ticket !== latest) return;
  pending = search.results;
  view.list.replaceChildren();
  view.more.hidden = true;
  const count = search.results.length;
  await showNext(view, ticket);
  if (ticket !== latest) return;
  const message = count === 0 ? view.messages.none : count === 1 ? view.messages.one : view.messages.many;
  view.status.textContent = message.replace('{query}', query).replace('{count}', String(count));
}

/** Lists the next results and moves focus to the first of them, so keyboard users carry on reading there. */
export async function showMoreResults(view: SearchView): Promise<void> {
  const first = await showNext(view, latest);
  first?.querySelector('a')?.focus();
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
