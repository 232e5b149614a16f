/**
 * A press release as plain text for pasting into a newsroom system: one paragraph per line
 * (newsroom editors rewrap text themselves), quotes in typographic quotation marks with their
 * attribution, link addresses in brackets after the words that carried them.
 */
import { addressAfter, type Block, type Inline } from './blocks.ts';
import { RELEASE_LOCALE, type ReleaseDocument } from './release.ts';
import { attribution, paragraphMarks } from '#src/lib/site/quotation.ts';

/** Runs as plain text; a link whose words are not its address gets the address in brackets. */
function inlineText(runs: readonly Inline[]): string {
  return runs.map((run) => `${run.text}${addressAfter(run)}`).join('');
}

function blockText(block: Block): string {
  switch (block.type) {
    case 'heading':
      return inlineText(block.inlines);
    case 'paragraph':
      return inlineText(block.inlines);
    case 'list':
      return block.items.map((item, i) => `${block.ordered ? `${block.start + i}.` : '-'} ${inlineText(item)}`).join('\n');
    case 'quote':
      return [
        ...block.paragraphs.map((runs, i, all) => {
          const { open, close } = paragraphMarks(i, all.length, RELEASE_LOCALE);
          return `${open}${inlineText(runs)}${close}`;
        }),
        attribution(block),
      ].join('\n');
  }
}

export function releaseText(doc: ReleaseDocument): string {
  const parts = [
    ...(doc.notice ? [doc.notice.toUpperCase()] : []),
    'PRESS RELEASE',
    doc.title,
    doc.dateline,
    ...doc.blocks.map(blockText),
    ...doc.closing.map((section) => [section.heading, section.addedNote, inlineText(section.paragraph)].filter(Boolean).join('\n')),
    `This release online: ${doc.url}`,
  ];
  return parts.join('\n\n') + '\n';
}
