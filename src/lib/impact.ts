/** The Appendix A dataset, read from the validated `datasets` collection. */
import { getEntry } from 'astro:content';
import type { AppendixARow } from './schemas';

export const APPENDIX_A = 'impact-appendix-a';

export async function getAppendixA(): Promise<{ rows: AppendixARow[]; csvHref: string }> {
  const dataset = await getEntry('datasets', APPENDIX_A);
  if (!dataset) throw new Error(`content/datasets/${APPENDIX_A}.csv is missing: the IMPACT page shows its figures.`);
  return { rows: dataset.data.rows as AppendixARow[], csvHref: `/impact/data/${APPENDIX_A}.csv` };
}
