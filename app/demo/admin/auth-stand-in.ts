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
