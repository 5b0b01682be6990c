// Which parts of the admin dictionary a page renders. A document carries only those (the whole
// dictionary, 27 kB of every page's HTML, had grown past what a slow connection delivers in its
// first round trip); the browser then loads the whole dictionary as a cached static file for the
// pages it navigates to next (see ui/i18n.tsx). A namespace is the part of a key before the dot.
import type { Messages } from './i18n';

/** The layout, error pages and field errors: on every page. */
export const SHARED_NAMESPACES = ['nav', 'common', 'error', 'errors'] as const;

const PAGES: { path: RegExp; namespaces: string[] }[] = [
  { path: /^\/app\/?$/, namespaces: ['home', 'alert', 'def'] },
  { path: /^\/app\/settings\/?$/, namespaces: ['settings', 'faq'] },
  { path: /^\/app\/studio(\/|$)/, namespaces: ['studio', 'settings', 'conversations', 'transcript'] },
  { path: /^\/app\/conversations\/?$/, namespaces: ['conversations', 'outcome', 'sentiment', 'topic'] },
  {
    path: /^\/app\/conversations\/[^/]+\/?$/,
    namespaces: ['transcript', 'conversations', 'engine', 'handoff', 'safety', 'sentiment', 'topic', 'outcome', 'studio'],
  },
  { path: /^\/app\/handoffs\/?$/, namespaces: ['handoff'] },
  { path: /^\/app\/analytics\/?$/, namespaces: ['analytics', 'def', 'outcome', 'topic'] },
  { path: /^\/app\/safety\/?$/, namespaces: ['safety', 'handoff', 'transcript'] },
  { path: /^\/app\/reviews\/?$/, namespaces: ['reviews'] },
];

export function namespacesFor(pathname: string): string[] {
  const page = PAGES.find((p) => p.path.test(pathname));
  return [...SHARED_NAMESPACES, ...(page?.namespaces ?? [])];
}

export function pickNamespaces(messages: Messages, namespaces: readonly string[]): Messages {
  const wanted = new Set(namespaces);
  return Object.fromEntries(Object.entries(messages).filter(([key]) => wanted.has(key.slice(0, key.indexOf('.')))));
}
