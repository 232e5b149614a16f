/**
 * src/lib/client/: the code that runs in the visitor's browser, and only that.
 *
 * - Every enhancement is a custom element named `rt-…` that enhances HTML which already works
 *   without JavaScript. Its logic lives here, one module per element (`quick-exit.ts` for
 *   `<rt-quick-exit>`), exporting an `Enhancement`; the component's `<script>` only imports it and
 *   calls `defineEnhancement`.
 * - An element names the parts of its markup it cannot work without (`parts`, `data`). When one
 *   is missing, development (`import.meta.env.DEV`) throws an `ElementError` naming the element and
 *   the part; a production page simply goes without the enhancement, as it does without JavaScript.
 * - Every word an element shows comes from the page (its markup, data attributes or a
 *   `<template>`), in the page's language, and so does its look: a script here sets no utility
 *   classes, only state classes its component's stylesheet defines (`is-on`, `quick-exit-active`).
 * - Files here import only each other and pure shared helpers elsewhere in src/ (no `node:`
 *   modules, nothing that only the build can run, such as content collections, PDFs or cards):
 *   whatever they import ships to every visitor. An ESLint rule is to enforce this.
 */

/** A part of an element's markup, found by a CSS selector inside it; `T` is what the selector finds. */
export interface Part<T extends Element> {
  selector: string;
  /** Type only: never set. */
  readonly element?: T;
}

/**
 * A required part: `part<HTMLFormElement>('form')`, or `part('[data-status]')` for an HTMLElement
 * (NoInfer keeps that default inside `enhancement({ parts })`, which would widen it to Element).
 */
export function part<T extends Element = HTMLElement>(selector: string): Part<NoInfer<T>> {
  return { selector };
}

export type PartSelectors = Record<string, Part<Element>>;

/** The elements found for each part. */
export type Parts<P extends PartSelectors> = { [K in keyof P]: P[K] extends Part<infer T> ? T : never };

/** Markup an enhancement needs is missing: thrown in development only. */
export class ElementError extends Error {
  override name = 'ElementError';
}

function missing(owner: string, what: string): ElementError {
  return new ElementError(`<${owner}> is missing ${what}, so it cannot start.`);
}

/**
 * Every part inside `root`, or undefined when one is missing (in development, an ElementError
 * naming `owner` and the part). `owner` names what holds the parts, e.g. "rt-search".
 */
export function findParts<P extends PartSelectors>(root: ParentNode, owner: string, parts: P): Parts<P> | undefined {
  const found: Partial<Record<keyof P, Element>> = {};
  for (const [name, { selector }] of Object.entries(parts) as [keyof P, Part<Element>][]) {
    const element = root.querySelector(selector);
    // Development stops at the mistake; production leaves the page as it works without JavaScript
    // (and its bundle holds no message: the bundler drops what only development runs).
    if (!element) {
      if (import.meta.env.DEV) throw missing(owner, `its ${String(name)} part (${selector})`);
      return undefined;
    }
    found[name] = element;
  }
  return found as Parts<P>;
}

/**
 * The element's data attributes, named as in `dataset` ("errorText" for data-error-text), or
 * undefined when one is missing (in development, an ElementError naming it).
 */
export function readData<D extends string>(host: HTMLElement, owner: string, keys: readonly D[]): Record<D, string> | undefined {
  const data: Partial<Record<D, string>> = {};
  for (const key of keys) {
    const value = host.dataset[key];
    if (value === undefined) {
      if (import.meta.env.DEV) throw missing(owner, `data-${key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`);
      return undefined;
    }
    data[key] = value;
  }
  return data as Record<D, string>;
}

/** One enhancement: its tag, the markup it needs, and what it does once that markup is found. */
export interface Enhancement<P extends PartSelectors = PartSelectors, D extends string = never> {
  name: `rt-${string}`;
  parts: P;
  /** Data attributes it needs, named as in `dataset`. */
  data?: readonly D[];
  /** Enhances the element; may return what undoes it when the element leaves the page. */
  connect(host: HTMLElement, parts: Parts<P>, data: Record<D, string>): void | (() => void);
}

/** Types an enhancement's `connect` from its parts and data (identity at run time). */
export function enhancement<P extends PartSelectors, D extends string = never>(definition: Enhancement<P, D>): Enhancement<P, D> {
  return definition;
}

/** Defines the custom element; it starts only when every part and data attribute is there. */
export function defineEnhancement<P extends PartSelectors, D extends string = never>(enhancement: Enhancement<P, D>): void {
  const { name, parts, data = [], connect } = enhancement;
  customElements.define(
    name,
    class extends HTMLElement {
      private disconnect: (() => void) | undefined;

      connectedCallback() {
        const found = findParts(this, name, parts);
        const values = found && readData(this, name, data);
        if (found && values) this.disconnect = connect(this, found, values) ?? undefined;
      }

      disconnectedCallback() {
        this.disconnect?.();
        this.disconnect = undefined;
      }
    },
  );
}
