import { readdirSync, existsSync } from 'node:fs';

/**
 * The ids a glob-loaded collection will have: its file names without extension.
 * Used to check references while the content is validated, so a press release that names a
 * campaign edition which does not exist fails with its file and field named.
 */
export function entryIdsIn(dir: string, extensions = ['.md', '.mdx']): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => extensions.some((ext) => f.endsWith(ext)) && !f.startsWith('_'))
    .map((f) => f.replace(/\.[^.]+$/, ''))
    .sort();
}
