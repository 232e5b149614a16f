/**
 * Escaping for markup the build writes as strings: the feed's HTML, the embed snippet, the
 * charts' SVG and the admin's quote preview. No node: imports: the admin runs it in the browser.
 */

/** Text for an element's content or a double-quoted attribute: & < > and " escaped. */
export function escapeHtml(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

/** Text for an element's content only, where a quotation mark may stay as it is: & < and > escaped. */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
