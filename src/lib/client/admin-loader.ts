/**
 * The only script of /admin/: reads /admin/config.json and, when a git host is configured, loads
 * the CMS (src/lib/client/admin-start.ts, a separate file fetched only then). Without a git host the
 * page stays as built: it says how to configure one.
 */
async function start(): Promise<void> {
  const response = await fetch('/admin/config.json', { cache: 'no-cache' });
  const config = (await response.json()) as { backend?: unknown };
  if (!config.backend) return;
  const { startCms } = await import('./admin-start.ts');
  await startCms(config);
}

start().catch((error: unknown) => {
  const status = document.getElementById('admin-status');
  if (status) status.textContent = `The editor could not start: ${error instanceof Error ? error.message : String(error)}`;
});
