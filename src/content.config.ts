/** Every content collection, wired to its folder under content/ and its schema in src/lib/content/schemas.ts. */
import { defineCollection, reference } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { relative } from 'node:path';
import {
  campaignSchema,
  datasetColumnSchema,
  datasetDeclarationSchema,
  impactSchema,
  mythSchema,
  pageSchema,
  pressSchema,
  voiceSchema,
} from './lib/content/schemas.ts';
import { loadDatasets, readDatasetDeclarations } from './lib/impact/datasets.ts';
import { chartSpecIssues } from './lib/impact/charts/data.ts';
import { entryIdsIn } from './lib/content/entry-ids.ts';
import { CONTENT_DIR } from './env.ts';
import { campaignAddressProblems, mythAddressProblems, translationProblems, type LoadedEntry } from './lib/content/addresses.ts';

/**
 * An entry's id is its path without extension (risk, de/risk), never its `slug` field: a myth and
 * its translations share a slug, and each needs an id of its own.
 */
const mdx = (folder: string) =>
  glob({ pattern: '**/[^_]*.{md,mdx}', base: `${CONTENT_DIR}/${folder}`, generateId: ({ entry }) => entry.replace(/\.mdx?$/, '') });

/**
 * A collection whose entries must also pass rules over all of them together (src/lib/content/addresses.ts):
 * the build stops naming both files rather than let one entry silently replace another.
 */
const checkedMdx = (folder: string, check: (entries: LoadedEntry[]) => string[]): Loader => {
  const inner = mdx(folder);
  return {
    name: `${inner.name}-${folder}`,
    load: async (context) => {
      await inner.load(context);
      const problems = check([...context.store.values()]);
      if (problems.length > 0)
        throw new Error(`Entries of content/${folder}/ that would share an address:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    },
  };
};

const campaignIds = entryIdsIn(`${CONTENT_DIR}/campaigns`);

/** A reference to a campaign edition by year, checked against the files in content/campaigns/. */
const campaignReference = reference('campaigns').refine((ref) => !ref || campaignIds.includes(ref.id), {
  message: `Expected the year of an existing campaign edition (a file in content/campaigns/): one of ${campaignIds.join(', ')}.`,
});

const datasetDeclarations = readDatasetDeclarations(`${CONTENT_DIR}/datasets`);
const impactIds = entryIdsIn(`${CONTENT_DIR}/impact`);

/** Charts must name columns their dataset has, and have an address no entry or folder uses. */
const impactWithCharts = impactSchema.superRefine((entry, ctx) => {
  entry.charts.forEach((chart, i) => {
    for (const issue of chartSpecIssues(chart, datasetDeclarations)) {
      ctx.addIssue({ code: 'custom', path: ['charts', i, ...issue.path], message: issue.message });
    }
    if (impactIds.includes(chart.slug) || chart.slug === 'data') {
      ctx.addIssue({
        code: 'custom',
        path: ['charts', i, 'slug'],
        message: `The address /impact/${chart.slug}/ is already taken${chart.slug === 'data' ? ' by the downloads' : ' by an IMPACT entry'}: choose another slug.`,
      });
    }
  });
});

const datasetLoader: Loader = {
  name: 'csv-datasets',
  load: async ({ store, parseData }) => {
    store.clear();
    for (const dataset of loadDatasets(`${CONTENT_DIR}/datasets`)) {
      const data = await parseData({ id: dataset.name, data: { ...dataset } });
      // Astro wants the path relative to the project, even for content outside it (tests).
      store.set({ id: dataset.name, data, filePath: relative(process.cwd(), dataset.file) });
    }
  },
};

export const collections = {
  campaigns: defineCollection({ loader: checkedMdx('campaigns', campaignAddressProblems), schema: campaignSchema }),
  press: defineCollection({ loader: mdx('press'), schema: pressSchema.extend({ campaign: campaignReference }) }),
  myths: defineCollection({ loader: checkedMdx('myths', mythAddressProblems), schema: mythSchema }),
  impact: defineCollection({ loader: mdx('impact'), schema: impactWithCharts }),
  voices: defineCollection({ loader: mdx('voices'), schema: voiceSchema }),
  pages: defineCollection({ loader: checkedMdx('pages', (entries) => translationProblems(entries)), schema: pageSchema }),
  datasets: defineCollection({
    loader: datasetLoader,
    // Validated by the loader (src/lib/impact/datasets.ts), which names file, row and column.
    schema: datasetDeclarationSchema.omit({ columns: true }).extend({
      name: z.string(),
      file: z.string(),
      columns: z.array(datasetColumnSchema.and(z.object({ decimals: z.number() }))),
      rows: z.array(z.record(z.string(), z.union([z.string(), z.number()]))),
      raw: z.string(),
    }),
  }),
};
