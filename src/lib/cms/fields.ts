/**
 * Turns the zod schemas of src/lib/content/schemas.ts into the CMS's field list (Decap/Sveltia format), so
 * the editor asks for exactly what the build accepts: required or not, patterns, choices, lists
 * of objects and nested objects. Labels and hints come from `.meta({ title, description })` on the
 * schema fields; a field without them gets its name as its label.
 */
import { z } from 'astro/zod';

/** A CMS field as Sveltia CMS (and Decap CMS) reads it from the configuration. */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  hint?: string;
  required?: boolean;
  default?: unknown;
  pattern?: [string, string];
  options?: string[];
  fields?: CmsField[];
  field?: CmsField;
  [option: string]: unknown;
}

/** A field's widget and its options, without its name and label. */
type WidgetOptions = { widget: string; [option: string]: unknown };

/** What `.meta()` may say about a field for the CMS, beyond its label (title) and hint (description). */
interface CmsMeta {
  title?: string;
  description?: string;
  /** How the editor asks for the value, where the zod type alone does not say (see `widgetFor`). */
  cmsWidget?: 'date' | 'zoned-date-time' | 'text';
  /** Shown in a collapsed group (e.g. advanced options). */
  cmsCollapsed?: boolean;
}

/** The time zone the editor's date-and-time picker uses: the network's office. */
const EDITOR_TIME_ZONE = 'Europe/Berlin';

// Zod 4 keeps what we read in `_zod.def`: the schema's kind, parts and checks (lengths, bounds,
// patterns, formats). It is part of zod's public core (`z.core`).
interface ZodInternals {
  _zod: { def: { type: string; [key: string]: unknown } };
}
const internals = (schema: z.ZodType) => (schema as unknown as ZodInternals)._zod;

interface Bounds {
  min?: number;
  max?: number;
  pattern?: RegExp;
  format?: string;
}

/** Lengths, bounds, pattern and format of a string, number or array, from its checks. */
function boundsOf(core: z.ZodType): Bounds {
  const { def } = internals(core);
  const bounds: Bounds = { format: def.format as string | undefined };
  type Check = { _zod: { def: { check: string; format?: string; pattern?: RegExp; minimum?: number; maximum?: number; value?: number } } };
  for (const check of (def.checks as Check[] | undefined) ?? []) {
    const c = check._zod.def;
    if (c.check === 'min_length') bounds.min = c.minimum;
    else if (c.check === 'max_length') bounds.max = c.maximum;
    else if (c.check === 'greater_than') bounds.min = c.value;
    else if (c.check === 'less_than') bounds.max = c.value;
    else if (c.check === 'string_format' && c.format === 'regex') bounds.pattern = c.pattern;
    else if (c.check === 'number_format') bounds.format = c.format;
  }
  return bounds;
}

/** The `.meta()` of this schema and of every wrapper around its core, outer ones first. */
function metaOf(schema: z.ZodType): CmsMeta {
  return (z.globalRegistry.get(schema) ?? {}) as CmsMeta;
}

interface Unwrapped {
  core: z.ZodType;
  optional: boolean;
  default?: unknown;
  meta: CmsMeta;
}

/** Peels optional, default and transform wrappers off a field, keeping what each says. */
function unwrap(schema: z.ZodType): Unwrapped {
  let current = schema;
  let optional = false;
  let defaultValue: unknown;
  let meta: CmsMeta = {};
  for (;;) {
    meta = { ...metaOf(current), ...meta };
    const def = internals(current).def;
    if (def.type === 'optional') {
      optional = true;
      current = def.innerType as z.ZodType;
    } else if (def.type === 'default' || def.type === 'prefault') {
      optional = true;
      defaultValue = typeof def.defaultValue === 'function' ? (def.defaultValue as () => unknown)() : def.defaultValue;
      current = def.innerType as z.ZodType;
    } else if (def.type === 'pipe') {
      // A transform (e.g. an embargo time turned into a Date): the editor writes what goes in.
      current = def.in as z.ZodType;
    } else {
      return { core: current, optional, default: defaultValue, meta };
    }
  }
}

/** The label an editor sees: the meta title, else the field name in words ("mediaContact" → "Media contact"). */
function labelOf(name: string, meta: CmsMeta): string {
  if (meta.title) return meta.title;
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The fields of an object schema, in the order the schema declares them. */
export function shapeOf(schema: z.ZodType): Record<string, z.ZodType> {
  const { core } = unwrap(schema);
  const def = internals(core).def;
  if (def.type !== 'object') throw new Error(`Expected an object schema, got ${def.type}.`);
  return def.shape as Record<string, z.ZodType>;
}

/** The widget and its options for the core type of a field. */
function widgetFor(core: z.ZodType, meta: CmsMeta, path: string): WidgetOptions {
  const { def } = internals(core);
  const bounds = boundsOf(core);
  if (meta.cmsWidget === 'zoned-date-time') {
    // ISO 8601 with the offset of the network's zone, e.g. 2026-11-25T09:00:00+01:00, quoted by src/lib/cms/mdx-format.ts..
    return { widget: 'datetime', input_timezone: EDITOR_TIME_ZONE, output_utc: false };
  }
  if (meta.cmsWidget === 'date' || def.type === 'date') {
    return { widget: 'datetime', time_format: false, format: 'YYYY-MM-DD' };
  }
  switch (def.type) {
    case 'string': {
      const field: WidgetOptions = { widget: meta.cmsWidget === 'text' ? 'text' : 'string' };
      if (bounds.pattern) field.pattern = [bounds.pattern.source, `Does not have the expected form (${path}): see the hint.`];
      if (bounds.min) field.minlength = bounds.min;
      if (bounds.max !== undefined) field.maxlength = bounds.max;
      if (bounds.format === 'email') field.type = 'email';
      if (bounds.format === 'url') field.type = 'url';
      return field;
    }
    case 'number': {
      const field: WidgetOptions = { widget: 'number', value_type: bounds.format === 'safeint' ? 'int' : 'float' };
      if (bounds.min !== undefined) field.min = bounds.min;
      if (bounds.max !== undefined) field.max = bounds.max;
      return field;
    }
    case 'boolean':
      return { widget: 'boolean' };
    case 'enum':
      return { widget: 'select', options: Object.values(def.entries as Record<string, string>) };
    case 'object':
      return { widget: 'object', fields: fieldsOf(core, path) };
    case 'array': {
      const element = def.element as z.ZodType;
      const inner = unwrap(element);
      const list: WidgetOptions = { widget: 'list' };
      if (bounds.min) list.min = bounds.min;
      if (bounds.max !== undefined) list.max = bounds.max;
      if (internals(inner.core).def.type === 'object') list.fields = fieldsOf(inner.core, `${path}[]`);
      else list.field = { name: 'item', label: labelOf('item', inner.meta), ...widgetFor(inner.core, inner.meta, `${path}[]`) };
      return list;
    }
    default:
      throw new Error(`src/lib/cms/fields.ts: the schema field "${path}" is of type "${def.type}", which has no CMS field yet.`);
  }
}

/** One CMS field for one schema field. */
function fieldFor(name: string, schema: z.ZodType, parentPath = ''): CmsField {
  const path = parentPath ? `${parentPath}.${name}` : name;
  const { core, optional, default: defaultValue, meta } = unwrap(schema);
  const field: CmsField = { name, label: labelOf(name, meta), ...widgetFor(core, meta, path) };
  if (meta.description) field.hint = meta.description;
  if (optional) field.required = false;
  if (defaultValue !== undefined && internals(core).def.type !== 'object') field.default = defaultValue;
  if (meta.cmsCollapsed) field.collapsed = true;
  return field;
}

/** The CMS fields of an object schema, in its order. */
export function fieldsOf(schema: z.ZodType, parentPath = ''): CmsField[] {
  return Object.entries(shapeOf(schema))
    .filter(([, field]) => !isForbidden(field))
    .map(([name, field]) => fieldFor(name, field, parentPath));
}

/** A field the schema only names to refuse it (`z.never()`, with a message): the editor offers nothing to fill in. */
export function isForbidden(field: z.ZodType): boolean {
  return internals(unwrap(field).core).def.type === 'never';
}
