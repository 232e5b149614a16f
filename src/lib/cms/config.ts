/**
 * The configuration of the admin (Sveltia CMS, Decap-compatible), generated from the zod schemas
 * so the editor and the build never disagree: /admin/config.json is written from `cmsConfig()`.
 * Datasets (content/datasets/) stay developer-only: they are not offered here.
 */
import type { z } from 'astro/zod';
import { SITE } from '#src/config.ts';
import { DEFAULT_LOCALE, LOCALE_CODES } from '#src/i18n/locales.ts';
import { campaignSchema, impactSchema, mythSchema, pageSchema, pressSchema, voiceSchema } from '#src/lib/content/schemas.ts';
import type { CmsBackend } from './backend.ts';
import { fieldsOf, type CmsField } from './fields.ts';
import { MDX_FORMAT, QUOTE_COMPONENT } from './names.ts';

/** Fields a collection's entries have that its zod schema does not declare (added in content.config.ts, or the body). */
export interface CollectionSpec {
  name: string;
  label: string;
  labelSingular: string;
  folder: string;
  description: string;
  schema: z.ZodType;
  /** Fields in the order an editor fills them in; the schema's others follow. */
  order: readonly string[];
  /** Address of an entry on the site, e.g. press/{{slug}}/. */
  previewPath: string;
  /** Fields every language version shares (copied, not translated). */
  shared?: readonly string[];
  translated?: boolean;
  /** How a new entry's file is named. */
  slug: string;
  summaryField: string;
  extraFields?: readonly CmsField[];
  sort?: string;
}

/** A press release belongs to a campaign edition: chosen from the editions, stored as its year (the file name). */
const campaignRelation: CmsField = {
  name: 'campaign',
  label: 'Campaign edition',
  hint: 'The edition of Responsible Together this release belongs to.',
  widget: 'relation',
  collection: 'campaigns',
  value_field: '{{slug}}',
  search_fields: ['year', 'title'],
  display_fields: ['{{title}}'],
};

const body = (hint: string): CmsField => ({
  name: 'body',
  label: 'Text',
  hint,
  widget: 'markdown',
  modes: ['rich_text', 'raw'],
  buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'bulleted-list', 'numbered-list', 'quote'],
  editor_components: [QUOTE_COMPONENT],
  sanitize_preview: true,
});

/** Every collection an editor writes. */
export const COLLECTIONS: readonly CollectionSpec[] = [
  {
    name: 'press',
    label: 'Press releases',
    labelSingular: 'Press release',
    folder: 'content/press',
    description:
      'One release per file. A draft or an embargoed release appears nowhere on the site until it is published and its embargo has lifted.',
    schema: pressSchema,
    order: [
      'title',
      'date',
      'datePrecision',
      'location',
      'campaign',
      'summary',
      'about',
      'mediaContact',
      'draft',
      'embargoUntil',
      'sources',
    ],
    previewPath: 'press/{{slug}}/',
    slug: '{{year}}-{{slug}}',
    summaryField: 'title',
    extraFields: [campaignRelation],
    sort: 'date',
  },
  {
    name: 'myths',
    label: 'Myths',
    labelSingular: 'Myth',
    folder: 'content/myths',
    description:
      'Myth-busters from the leaflet, in every language. English is the source; a translation shows a notice until a member organisation has reviewed it.',
    schema: mythSchema,
    order: ['lang', 'reviewed', 'order', 'slug', 'myth', 'fact', 'summary', 'sources'],
    previewPath: 'myths/{{fields.slug}}/',
    shared: ['order', 'slug'],
    translated: true,
    slug: '{{fields.slug}}',
    summaryField: 'myth',
    sort: 'order',
  },
  {
    name: 'campaigns',
    label: 'Campaign editions',
    labelSingular: 'Campaign edition',
    folder: 'content/campaigns',
    description: 'One file per yearly edition of Responsible Together, named after its year.',
    schema: campaignSchema,
    order: ['year', 'title', 'hashtag', 'focus', 'organisations', 'countries', 'start', 'end', 'summary', 'sources'],
    previewPath: 'campaigns/{{slug}}/',
    slug: '{{fields.year}}',
    summaryField: 'title',
    sort: 'year',
  },
  {
    name: 'impact',
    label: 'IMPACT findings',
    labelSingular: 'IMPACT entry',
    folder: 'content/impact',
    description:
      'The IMPACT method and its findings. Charts read a dataset (the CSV files in content/datasets/): datasets are developer-only for now, so ask the web team to add or change one.',
    schema: impactSchema,
    order: ['title', 'kind', 'order', 'summary', 'sources', 'charts'],
    previewPath: 'impact/{{slug}}/',
    slug: '{{slug}}',
    summaryField: 'title',
    sort: 'order',
  },
  {
    name: 'voices',
    label: 'Voices',
    labelSingular: 'Voice',
    folder: 'content/voices',
    description: 'Interviews and posts by others, retold with short, exact quotes.',
    schema: voiceSchema,
    order: ['title', 'kind', 'publisher', 'appearedIn', 'interviewee', 'interviewer', 'campaignYear', 'date', 'summary', 'sources'],
    previewPath: 'voices/{{slug}}/',
    slug: '{{slug}}',
    summaryField: 'title',
  },
  {
    name: 'pages',
    label: 'Pages',
    labelSingular: 'Page',
    folder: 'content/pages',
    description: 'About, get help and safety, in every language. English is the source.',
    schema: pageSchema,
    order: ['lang', 'reviewed', 'title', 'summary', 'sources'],
    previewPath: '{{slug}}/',
    translated: true,
    slug: '{{slug}}',
    summaryField: 'title',
  },
];

/** The schema's fields as CMS fields, with the collection's extra fields, in the editor's order. */
function collectionFields(spec: CollectionSpec): CmsField[] {
  const all = [...fieldsOf(spec.schema), ...(spec.extraFields ?? [])];
  const rank = (field: CmsField) => {
    const i = spec.order.indexOf(field.name);
    return i === -1 ? spec.order.length : i;
  };
  const ordered = all
    .map((field, i) => ({ field, i }))
    .sort((a, b) => rank(a.field) - rank(b.field) || a.i - b.i)
    .map(({ field }) => field);
  const fields = ordered.map((field) => translatable(spec, field));
  return [
    ...fields,
    body(
      spec.name === 'press'
        ? 'Paragraphs, ## headings, lists, links, emphasis and quotes (the Quote button): the PDF and text versions are written from it.'
        : 'The text of the page.',
    ),
  ];
}

/** In a collection with translations: shared fields are copied to every language, `lang` is set from the folder. */
function translatable(spec: CollectionSpec, field: CmsField): CmsField {
  if (!spec.translated) return field;
  if (field.name === 'lang') {
    return { name: 'lang', label: field.label, widget: 'hidden', default: '{{locale}}', i18n: true };
  }
  return { ...field, i18n: spec.shared?.includes(field.name) ? 'duplicate' : true };
}

/** The site's languages, English first: collections with translations use them. */
const GLOBAL_I18N = { structure: 'multiple_folders', locales: [...LOCALE_CODES], default_locale: DEFAULT_LOCALE };

/** The `i18n` block of a translated collection: English files at the folder's root, others in a folder per language. */
function i18nOf(spec: CollectionSpec) {
  if (!spec.translated) return undefined;
  return {
    ...GLOBAL_I18N,
    omit_default_locale_from_file_path: true,
    omit_default_locale_from_preview_path: true,
    initial_locales: 'default',
  };
}

/** One collection of the CMS configuration. */
export function collectionConfig(spec: CollectionSpec): Record<string, unknown> {
  const i18n = i18nOf(spec);
  return {
    name: spec.name,
    label: spec.label,
    label_singular: spec.labelSingular,
    description: spec.description,
    folder: i18n ? `${spec.folder}/{{locale}}` : spec.folder,
    extension: 'mdx',
    format: MDX_FORMAT,
    create: true,
    slug: spec.slug,
    identifier_field: spec.summaryField,
    summary: `{{${spec.summaryField}}}`,
    preview_path: i18n ? `{{locale}}/${spec.previewPath}` : spec.previewPath,
    ...(spec.sort
      ? {
          sortable_fields: {
            fields: [spec.sort],
            default: { field: spec.sort, direction: spec.sort === 'order' ? 'ascending' : 'descending' },
          },
        }
      : {}),
    ...(i18n ? { i18n } : {}),
    fields: collectionFields(spec),
  };
}

/** The whole configuration for this backend. */
export function cmsConfig(backend: CmsBackend | null): Record<string, unknown> {
  return {
    load_config_file: false,
    ...(backend ? { backend } : {}),
    app_title: `${SITE.name}: admin`,
    site_url: SITE.url,
    display_url: SITE.url,
    show_preview_links: true,
    publish_mode: 'simple',
    media_folder: 'content/media',
    public_folder: '/media',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    output: { omit_empty_optional_fields: true },
    i18n: GLOBAL_I18N,
    editor: { preview: true },
    collections: COLLECTIONS.map(collectionConfig),
  };
}
