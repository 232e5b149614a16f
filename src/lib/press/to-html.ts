/** A press release as an HTML fragment: the full content of its feed item. */
import type { Block, Inline } from './blocks.ts';
import type { ReleaseDocument } from './release.ts';
import { escapeHtml } from '#src/lib/site/html.ts';
import { attribution } from '#src/lib/site/quotation.ts';

function inlineHtml(runs: readonly Inline[]): string {
  return runs
    .map((run) => {
      let html = escapeHtml(run.text).replace(/\n/g, '<br>');
      if (run.emphasis) html = `<em>${html}</em>`;
      if (run.strong) html = `<strong>${html}</strong>`;
      if (run.href) html = `<a href="${escapeHtml(run.href)}">${html}</a>`;
      return html;
    })
    .join('');
}

function blockHtml(block: Block): string {
  switch (block.type) {
    case 'heading': {
      // The release headline is the item's title, so body headings start one level below it.
      const level = Math.min(Math.max(block.level, 2), 6);
      return `<h${level}>${inlineHtml(block.inlines)}</h${level}>`;
    }
    case 'paragraph':
      return `<p>${inlineHtml(block.inlines)}</p>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      const start = block.ordered && block.start !== 1 ? ` start="${block.start}"` : '';
      return `<${tag}${start}>${block.items.map((item) => `<li>${inlineHtml(item)}</li>`).join('')}</${tag}>`;
    }
    case 'quote':
      return `<figure><blockquote>${block.paragraphs.map((p) => `<p>${inlineHtml(p)}</p>`).join('')}</blockquote><figcaption>${escapeHtml(attribution(block))}</figcaption></figure>`;
  }
}

export function releaseHtml(doc: ReleaseDocument): string {
  return [
    `<p><strong>${escapeHtml(doc.dateline)}</strong></p>`,
    ...doc.blocks.map(blockHtml),
    ...doc.closing.flatMap((section) => [
      `<h2>${escapeHtml(section.heading)}</h2>`,
      ...(section.addedNote ? [`<p><em>${escapeHtml(section.addedNote)}</em></p>`] : []),
      `<p>${inlineHtml(section.paragraph)}</p>`,
    ]),
  ].join('\n');
}
