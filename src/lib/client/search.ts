/**
 * <rt-search>: shows the search form and runs a Pagefind search in the page; each result is a copy
 * of the page's <template data-search-result>, so its words and look come from the page. The query
 * never goes into the address.
 */
import { enhancement, findParts, part } from './element.ts';

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
function takeSearchFromAddress(): { query: string; types: string[] } {
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
const RESULTS_PER_PAGE = 10;

/** What the status line says, in the page's language ({query}, {count} filled in). */
interface SearchMessages {
  searching: string;
  none: string;
  one: string;
  many: string;
}

/** The parts of one result in the page's template: its type, its linked title and its excerpt. */
const RESULT_PARTS = {
  type: part('[data-result-type]'),
  link: part<HTMLAnchorElement>('a[data-result-link]'),
  excerpt: part('[data-result-excerpt]'),
};
const TEMPLATE = 'rt-search <template data-search-result>';

interface SearchView {
  messages: SearchMessages;
  status: HTMLElement;
  list: HTMLOListElement;
  /** "Show more results", shown while some results are not yet listed. */
  more: HTMLButtonElement;
  /** The template's list item, copied for each result. */
  result: HTMLLIElement;
}

let latest = 0;
let pending: { data(): Promise<PagefindResultData> }[] = [];

/** Fetches and appends the next page of results; returns the first item added. */
async function showNext(view: SearchView, ticket: number): Promise<HTMLLIElement | undefined> {
  const page = pending.slice(0, RESULTS_PER_PAGE);
  const found = await Promise.all(page.map((r) => r.data()));
  if (ticket !== latest) return undefined;
  pending = pending.slice(page.length);
  const items = found.map((result) => renderResult(view.result, result));
  view.list.append(...items);
  view.more.hidden = pending.length === 0;
  return items[0];
}

/** Searches and renders; when searches overlap (typing, then pressing Enter), only the newest renders. */
async function runSearch(query: string, types: string[], view: SearchView): Promise<void> {
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
async function showMoreResults(view: SearchView): Promise<void> {
  const first = await showNext(view, latest);
  first?.querySelector('a')?.focus();
}

/** A copy of the template's item with the result's type, title, address and excerpt filled in. */
function renderResult(template: HTMLLIElement, result: PagefindResultData): HTMLLIElement {
  const item = template.cloneNode(true) as HTMLLIElement;
  // Checked when the search started: the copy has every part the template has.
  const { type, link, excerpt } = findParts(item, TEMPLATE, RESULT_PARTS)!;
  // Every indexed page has a type (src/layouts/BaseLayout.astro); should one not, its line goes.
  if (result.meta.type) type.textContent = result.meta.type;
  else type.remove();
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  // Pagefind escapes page text and adds only <mark> around matches.
  excerpt.innerHTML = result.excerpt;
  return item;
}

export const search = enhancement({
  name: 'rt-search',
  parts: {
    needsJs: part('[data-search-needs-js]'),
    form: part<HTMLFormElement>('form[data-search-form]'),
    input: part<HTMLInputElement>('form[data-search-form] input[name="q"]'),
    status: part('[data-search-status]'),
    list: part<HTMLOListElement>('ol[data-search-results]'),
    more: part<HTMLButtonElement>('button[data-search-more]'),
    template: part<HTMLTemplateElement>('template[data-search-result]'),
  },
  data: ['searching', 'none', 'one', 'many'],
  connect(_host, { needsJs, form, input, status, list, more, template }, messages) {
    const result = findParts(template.content, TEMPLATE, { item: part<HTMLLIElement>('li'), ...RESULT_PARTS })?.item;
    if (!result) return;
    const view: SearchView = { messages, status, list, more, result };
    more.addEventListener('click', () => showMoreResults(view));
    form.hidden = false;
    needsJs.remove();
    const linked = takeSearchFromAddress();
    input.value = linked.query;
    const chosen = new Set(linked.types);
    form.querySelectorAll<HTMLInputElement>('input[name="type"]').forEach((box) => (box.checked = chosen.has(box.value)));

    const update = async () => {
      const query = input.value.trim();
      const types = [...form.querySelectorAll<HTMLInputElement>('input[name="type"]:checked')].map((b) => b.value);
      await runSearch(query, types, view);
    };
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      update();
    });
    form.addEventListener('change', update);
    let timer: ReturnType<typeof setTimeout> | undefined;
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(update, 250);
    });
    if (input.value) update();
  },
});
