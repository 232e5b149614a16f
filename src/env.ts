/**
 * Where editors' content lives. Tests point RT_CONTENT_DIR at a fixture folder to run the real
 * build on broken content; everyone else uses content/.
 */
export const CONTENT_DIR = (process.env.RT_CONTENT_DIR ?? 'content').replace(/\/$/, '');
