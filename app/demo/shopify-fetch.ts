// Demo mode has no network: requests the Shopify libraries make to the demo shop's Admin API (and
// the bulk result downloads) are answered in-process by the fake Admin API. Installed before the
// Shopify libraries are imported, because they capture `fetch` at import time.

export interface FetchRoute {
  /** True when this route answers the URL. */
  matches(url: URL): boolean;
  handle(request: Request): Promise<Response>;
}

export function installFetchRoutes(routes: FetchRoute[]): () => void {
  const original = globalThis.fetch;
  const routed: typeof fetch = async (input, init) => {
    const request = input instanceof Request ? new Request(input, init) : new Request(String(input instanceof URL ? input.href : input), init);
    const url = new URL(request.url);
    const route = routes.find((r) => r.matches(url));
    return route ? route.handle(request) : original(input as never, init);
  };
  globalThis.fetch = routed;
  return () => {
    globalThis.fetch = original;
  };
}
