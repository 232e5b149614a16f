/** Every content collection, wired to its folder under content/ and its schema in src/lib/schemas.ts. */
import { defineCollection, reference } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { campaignSchema, impactSchema, mythSchema, pageSchema, pressSchema, voiceSchema } from './lib/schemas';
import { loadDatasets } from './lib/datasets';
import { entryIdsIn } from './lib/entry-ids';
import { CONTENT_DIR } from './lib/paths';

const mdx = (folder: string) => glob({ pattern: '**/[^_]*.{md,mdx}', base: `${CONTENT_DIR}/${folder}` });

const campaignIds = entryIdsIn(`${CONTENT_DIR}/campaigns`);

/** A reference to a campaign edition by year, checked against the files in content/campaigns/. */
const campaignReference = reference('campaigns').refine((ref) => !ref || campaignIds.includes(ref.id), {
  message: `Expected the year of an existing campaign edition (a file in content/campaigns/): one of ${campaignIds.join(', ')}.`,
});

const datasetLoader: Loader = {
  name: 'csv-datasets',
  load: async ({ store, parseData }) => {
    store.clear();
    for (const dataset of loadDatasets(`${CONTENT_DIR}/datasets`)) {
      const data = await parseData({ id: dataset.name, data: { ...dataset } });
      store.set({ id: dataset.name, data, filePath: dataset.file });
    }
  },
};

export const collections = {
  campaigns: defineCollection({ loader: mdx('campaigns'), schema: campaignSchema }),
  press: defineCollection({ loader: mdx('press'), schema: pressSchema.extend({ campaign: campaignReference }) }),
  myths: defineCollection({ loader: mdx('myths'), schema: mythSchema }),
  impact: defineCollection({ loader: mdx('impact'), schema: impactSchema }),
  voices: defineCollection({ loader: mdx('voices'), schema: voiceSchema }),
  pages: defineCollection({ loader: mdx('pages'), schema: pageSchema }),
  datasets: defineCollection({
    loader: datasetLoader,
    schema: z.object({
      name: z.string(),
      file: z.string(),
      columns: z.array(z.string()),
      rows: z.array(z.record(z.string(), z.unknown())),
      raw: z.string(),
    }),
  }),
};
