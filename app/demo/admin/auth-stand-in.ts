// Demo mode only: plays the part of Shopify admin around the embedded app. Every request to the
// admin gets a fresh session token for the demo shop, signed with the demo app's secret, in the
// places App Bridge would put it: the id_token query parameter of a page load, or the
// Authorization header of a fetch. authenticate.admin then runs unchanged.
import type { NextFunction, Request as ExpressRequest, Response as ExpressResponse } from 'express';
import { mintSessionToken } from '../session-token';

export interface AdminStandInOptions {
  shop: string;
  apiKey: string;
  secret: string;
}

const ADMIN_PATH = /^\/(app|auth)(\/|$|\?)/;

export function adminAuthStandIn(opts: AdminStandInOptions) {
  const host = Buffer.from(`admin.shopify.com/store/${opts.shop.replace('.myshopify.com', '')}`).toString('base64url');
  return (req: ExpressRequest, res: ExpressResponse, next: NextFunction) => {
    if (!ADMIN_PATH.test(req.url)) return next();
    const url = new URL(req.url, 'http://demo.invalid');
    // The library's bounce page would wait for App Bridge to reload with a token; do it directly.
    if (url.pathname === '/auth/session-token') {
      return res.redirect(url.searchParams.get('shopify-reload') || '/app');
    }
    const token = mintSessionToken({ shop: opts.shop, apiKey: opts.apiKey, secret: opts.secret });
    const isDocument = req.method === 'GET' && !url.searchParams.has('_data') && (req.headers.accept ?? '').includes('text/html');
    if (isDocument) {
      url.searchParams.set('embedded', '1');
      url.searchParams.set('shop', opts.shop);
      url.searchParams.set('host', host);
      url.searchParams.set('id_token', token);
      req.url = req.originalUrl = url.pathname + url.search;
    } else {
      req.headers.authorization = `Bearer ${token}`;
    }
    next();
  };
}

/** Puts the App Bridge stand-in in front of the (unreachable) CDN script on admin pages. */
export function injectAppBridgeStandIn(opts: AdminStandInOptions) {
  const tag = `<script src="/demo/app-bridge-stand-in.js" data-api-key="${opts.apiKey}" data-shop="${opts.shop}"></script>`;
  return (req: ExpressRequest, res: ExpressResponse, next: NextFunction) => {
    if (!ADMIN_PATH.test(req.url) || req.method !== 'GET') return next();
    const chunks: Buffer[] = [];
    const write = res.write.bind(res);
    const end = res.end.bind(res);
    let html: boolean | undefined;
    const isHtml = () => (html ??= String(res.getHeader('content-type') ?? '').includes('text/html'));
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      if (!isHtml()) return write(chunk as never, ...(rest as []));
      chunks.push(Buffer.from(chunk as never));
      return true;
    }) as typeof res.write;
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (!isHtml()) return end(chunk as never, ...(rest as []));
      if (chunk && typeof chunk !== 'function') chunks.push(Buffer.from(chunk as never));
      const body = Buffer.concat(chunks).toString('utf8').replace(/<head>/i, `<head>${tag}`);
      res.removeHeader('content-length');
      return end(body);
    }) as typeof res.end;
    next();
  };
}
