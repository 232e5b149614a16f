import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { backendFromEnv } from '#src/lib/cms/backend.ts';
import { cmsConfig, COLLECTIONS, collectionConfig } from '#src/lib/cms/config.ts';
import { isForbidden, shapeOf, type CmsField } from '#src/lib/cms/fields.ts';
import { cmsJsonSchema } from '#src/lib/cms/vendor.ts';
import { campaignSchema, impactSchema, mythSchema, pageSchema, pressSchema, voiceSchema } from '#src/lib/content/schemas.ts';

/** Fields the build reads beyond the plain zod schema: the press release's campaign (a reference, content.config.ts) and every body. */
const EXTRA_FIELDS: Record<string, string[]> = { press: ['campaign'] };

const fieldsOf = (name: string) => collectionConfig(COLLECTIONS.find((c) => c.name === name)!).fields as CmsField[];
const byName = (fields: CmsField[], name: string) => fields.find((f) => f.name === name)!;

/** Every schema field, nested ones as a.b, with the CMS fields, nested the same way. */
function schemaPaths(schema: Parameters<typeof shapeOf>[0], prefix = ''): string[] {
  // A field the schema forbids (z.never(), e.g. a voice's "author") has nothing to edit.
  return Object.entries(shapeOf(schema))
    .filter(([, field]) => !isForbidden(field))
    .flatMap(([name, field]) => {
      const path = prefix + name;
      const inner = (field as unknown as { _zod: { def: { type: string; innerType?: unknown; element?: unknown } } })._zod.def;
      let core = field as unknown as { _zod: { def: { type: string; innerType?: unknown; element?: unknown } } };
      while (['optional', 'default'].includes(core._zod.def.type)) core = core._zod.def.innerType as typeof core;
      if (core._zod.def.type === 'object') return [path, ...schemaPaths(core as never, `${path}.`)];
      if (core._zod.def.type === 'array') {
        let element = core._zod.def.element as typeof core;
        while (['optional', 'default'].includes(element._zod.def.type)) element = element._zod.def.innerType as typeof core;
        if (element._zod.def.type === 'object') return [path, ...schemaPaths(element as never, `${path}[].`)];
      }
      void inner;
      return [path];
    });
}
function cmsPaths(fields: CmsField[], prefix = ''): string[] {
  return fields.flatMap((f) => {
    const path = prefix + f.name;
    if (f.widget === 'object') return [path, ...cmsPaths(f.fields!, `${path}.`)];
    if (f.widget === 'list' && f.fields) return [path, ...cmsPaths(f.fields, `${path}[].`)];
    return [path];
  });
}

describe('CMS configuration generated from the schemas', () => {
  const schemas = {
    press: pressSchema,
    myths: mythSchema,
    campaigns: campaignSchema,
    impact: impactSchema,
    voices: voiceSchema,
    pages: pageSchema,
  };

  it.each(Object.entries(schemas))('%s: every schema field has a CMS field and every CMS field a schema field', (name, schema) => {
    const expected = [...schemaPaths(schema), ...(EXTRA_FIELDS[name] ?? []), 'body'].sort();
    expect(cmsPaths(fieldsOf(name)).sort()).toEqual(expected);
  });

  it('offers every collection an editor writes, and not the datasets', () => {
    expect(COLLECTIONS.map((c) => c.name).sort()).toEqual(Object.keys(schemas).sort());
    const impact = collectionConfig(COLLECTIONS.find((c) => c.name === 'impact')!);
    expect(impact.description).toMatch(/datasets are developer-only/);
  });

  it('passes the JSON schema that @sveltia/cms ships, for every git host', () => {
    const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
    const validate = ajv.compile(cmsJsonSchema());
    const hosts = [
      { CMS_BACKEND: 'forgejo', CMS_REPO: 'wwp-en/site', CMS_BASE_URL: 'https://git.example.org', CMS_APP_ID: 'abc' },
      { CMS_BACKEND: 'gitlab', CMS_REPO: 'wwp-en/site', CMS_APP_ID: 'abc' },
      { CMS_BACKEND: 'github', CMS_REPO: 'wwp-en/site', CMS_AUTH_URL: 'https://auth.example.org' },
    ];
    for (const env of hosts) {
      const setup = backendFromEnv(env);
      expect(setup.ok, JSON.stringify(setup)).toBe(true);
      const ok = validate(cmsConfig(setup.ok ? setup.backend : null));
      expect(validate.errors ?? [], `${env.CMS_BACKEND}: ${ajv.errorsText(validate.errors)}`).toEqual([]);
      expect(ok).toBe(true);
    }
    expect(validate(cmsConfig({ name: 'test-repo' }))).toBe(true);
  });

  it('asks for what the build requires: required fields, patterns, choices, dates, lists', () => {
    const press = fieldsOf('press');
    expect(byName(press, 'title')).toMatchObject({ widget: 'string', label: 'Headline' });
    expect(byName(press, 'title').required).toBeUndefined();
    expect(byName(press, 'location').required).toBe(false);
    expect(byName(press, 'date')).toMatchObject({ widget: 'datetime', time_format: false, format: 'YYYY-MM-DD' });
    expect(byName(press, 'embargoUntil')).toMatchObject({ widget: 'datetime', input_timezone: 'Europe/Berlin', required: false });
    expect(byName(press, 'draft')).toMatchObject({ widget: 'boolean', default: false });
    expect(byName(press, 'datePrecision')).toMatchObject({ widget: 'select', options: ['day', 'year'], default: 'day' });
    expect(byName(press, 'campaign')).toMatchObject({ widget: 'relation', collection: 'campaigns' });
    expect(byName(press, 'mediaContact').fields!.map((f) => f.name)).toEqual(['name', 'email']);
    expect(byName(press, 'sources')).toMatchObject({ widget: 'list', min: 1 });
    expect(byName(press, 'body').editor_components).toEqual(['quote']);
    const myths = fieldsOf('myths');
    expect(byName(myths, 'slug').pattern?.[0]).toBe('^[a-z0-9]+(-[a-z0-9]+)*$');
    expect(byName(myths, 'slug').i18n).toBe('duplicate');
    expect(byName(myths, 'myth').i18n).toBe(true);
    expect(byName(myths, 'lang')).toMatchObject({ widget: 'hidden', default: '{{locale}}' });
    const charts = byName(fieldsOf('impact'), 'charts');
    expect(charts).toMatchObject({ widget: 'list', collapsed: true });
    expect(byName(charts.fields!, 'kind').options).toEqual(['dumbbell', 'grouped-bars']);
  });

  it('keeps translations in content/<collection>/<lang>/ with English at the root', () => {
    const myths = collectionConfig(COLLECTIONS.find((c) => c.name === 'myths')!);
    expect(myths.folder).toBe('content/myths/{{locale}}');
    expect(myths.i18n).toMatchObject({ structure: 'multiple_folders', default_locale: 'en', omit_default_locale_from_file_path: true });
  });

  it('labels every field an editor sees', () => {
    for (const spec of COLLECTIONS) {
      for (const field of collectionConfig(spec).fields as CmsField[]) expect(field.label, `${spec.name}.${field.name}`).toMatch(/^[A-Z]/);
    }
  });
});

describe('git host from the environment', () => {
  it('names every variable still to set', () => {
    expect(backendFromEnv({})).toEqual({ ok: false, problems: [expect.stringMatching(/^CMS_BACKEND is not set/)] });
    const forgejo = backendFromEnv({ CMS_BACKEND: 'forgejo' });
    expect(forgejo.ok).toBe(false);
    expect(forgejo.ok ? [] : forgejo.problems.join('\n')).toMatch(
      /CMS_REPO is not set[\s\S]*CMS_BASE_URL is not set[\s\S]*CMS_APP_ID is not set/,
    );
    expect(backendFromEnv({ CMS_BACKEND: 'bitbucket', CMS_REPO: 'a/b' })).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/bitbucket/)],
    });
  });

  it('configures Forgejo with PKCE against its own API, and only that origin', () => {
    expect(
      backendFromEnv({ CMS_BACKEND: 'forgejo', CMS_REPO: 'wwp/site', CMS_BASE_URL: 'https://git.example.org/', CMS_APP_ID: 'id' }),
    ).toEqual({
      ok: true,
      backend: {
        name: 'gitea',
        repo: 'wwp/site',
        branch: 'main',
        base_url: 'https://git.example.org',
        api_root: 'https://git.example.org/api/v1',
        app_id: 'id',
      },
      apiOrigins: ['https://git.example.org'],
    });
  });
});
