/**
 * Starts Sveltia CMS on /admin/ with the generated configuration: loads the CMS from the site
 * itself, registers the site's MDX format and the <Quote> form, and the site's stylesheet for the
 * preview pane.
 */
import { MDX_FORMAT } from '#src/lib/cms/names.ts';
import { fromFile, toFile } from '#src/lib/cms/mdx-format.ts';
import { quoteComponent } from '#src/lib/cms/quote-component.ts';

interface CmsApi {
  init(options: { config: unknown }): Promise<void>;
  registerCustomFormat(name: string, extension: string, methods: { fromFile(text: string): unknown; toFile(data: unknown): string }): void;
  registerEditorComponent(definition: unknown): void;
  registerPreviewStyle(style: string): void;
}

declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: CmsApi;
  }
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${src} did not load.`));
    document.head.append(script);
  });
}

export async function startCms(config: Record<string, unknown> & { previewStyles?: string[] }): Promise<void> {
  window.CMS_MANUAL_INIT = true;
  await loadScript('/admin/sveltia-cms.js');
  const cms = window.CMS;
  if (!cms) throw new Error('/admin/sveltia-cms.js loaded but defined no CMS.');
  cms.registerCustomFormat(MDX_FORMAT, 'mdx', { fromFile, toFile: (data) => toFile(data as Record<string, unknown>) });
  cms.registerEditorComponent(quoteComponent);
  const { previewStyles = [], ...cmsConfig } = config;
  for (const href of previewStyles) cms.registerPreviewStyle(href);
  document.getElementById('admin-intro')?.remove();
  await cms.init({ config: cmsConfig });
}
