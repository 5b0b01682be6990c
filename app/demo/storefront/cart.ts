// Demo mode's stand-in for Shopify's AJAX Cart API (/cart.js, /cart/add.js, /cart/change.js,
// /cart/update.js), enough for add-to-cart from the chat and the cart count in the header. Carts
// live in memory, keyed by a cookie, as a storefront session would.
import crypto from 'node:crypto';
import express, { type Request, type Response } from 'express';
import type { DemoStore } from '../store/types';

interface CartLine {
  variant_id: number;
  product_handle: string;
  title: string;
  variant_title: string;
  price: number; // cents
  quantity: number;
  properties: Record<string, string>;
}

interface Cart {
  token: string;
  items: CartLine[];
  attributes: Record<string, string>;
}

export function createDemoCart(store: DemoStore) {
  const carts = new Map<string, Cart>();
  const variants = new Map<number, { handle: string; title: string; variantTitle: string; price: number; available: boolean }>();
  for (const p of store.products) {
    for (const v of p.variants) {
      variants.set(Number(v.id.split('/').pop()), { handle: p.handle, title: p.title, variantTitle: v.title, price: v.price, available: v.available });
    }
  }

  function cartFor(req: Request, res: Response): Cart {
    const token = /(?:^|;\s*)cart=([a-f0-9]+)/.exec(req.headers.cookie ?? '')?.[1];
    if (token && carts.has(token)) return carts.get(token)!;
    const cart: Cart = { token: token ?? crypto.randomBytes(12).toString('hex'), items: [], attributes: {} };
    carts.set(cart.token, cart);
    res.setHeader('Set-Cookie', `cart=${cart.token}; Path=/; SameSite=Lax`);
    return cart;
  }

  const view = (cart: Cart) => ({
    token: cart.token,
    item_count: cart.items.reduce((n, i) => n + i.quantity, 0),
    total_price: cart.items.reduce((n, i) => n + i.price * i.quantity, 0),
    currency: store.shop.currency,
    attributes: cart.attributes,
    items: cart.items.map((i) => ({ ...i, id: i.variant_id, key: String(i.variant_id), line_price: i.price * i.quantity })),
  });

  function add(cart: Cart, id: number, quantity: number, properties: Record<string, string> = {}): { status: number; body: unknown } {
    const variant = variants.get(id);
    if (!variant) return { status: 404, body: { status: 404, message: 'Cart Error', description: 'Cannot find variant' } };
    if (!variant.available) return { status: 422, body: { status: 422, message: 'Cart Error', description: `${variant.title} is sold out.` } };
    const line = cart.items.find((i) => i.variant_id === id);
    if (line) line.quantity += quantity;
    else cart.items.push({ variant_id: id, product_handle: variant.handle, title: variant.title, variant_title: variant.variantTitle, price: Math.round(variant.price * 100), quantity, properties });
    return { status: 200, body: cart.items.find((i) => i.variant_id === id) };
  }

  const router = express.Router();
  // Body parsers only on the cart's own paths: anywhere else they would swallow the request body
  // that the Remix app (admin forms, chat) needs to read.
  router.use(['/cart', '/cart.js', '/cart/*'], express.json({ limit: '64kb' }), express.urlencoded({ extended: true, limit: '64kb' }));
  router.get('/cart.js', (req, res) => res.json(view(cartFor(req, res))));
  router.post('/cart/add.js', (req, res) => {
    const cart = cartFor(req, res);
    const items: { id: number; quantity?: number; properties?: Record<string, string> }[] = req.body.items ?? [{ id: req.body.id, quantity: req.body.quantity }];
    const added = [];
    for (const item of items) {
      const result = add(cart, Number(item.id), Math.max(1, Number(item.quantity ?? 1)), item.properties);
      if (result.status !== 200) return res.status(result.status).json(result.body);
      added.push(result.body);
    }
    res.json(req.body.items ? { items: added } : added[0]);
  });
  router.post('/cart/add', (req, res) => {
    add(cartFor(req, res), Number(req.body.id), Math.max(1, Number(req.body.quantity ?? 1)));
    res.redirect(303, '/cart');
  });
  router.post('/cart/change.js', (req, res) => {
    const cart = cartFor(req, res);
    const id = Number(req.body.id);
    const quantity = Math.max(0, Number(req.body.quantity ?? 0));
    cart.items = cart.items.flatMap((i) => (i.variant_id !== id ? [i] : quantity ? [{ ...i, quantity }] : []));
    res.json(view(cart));
  });
  router.post('/cart/update.js', (req, res) => {
    const cart = cartFor(req, res);
    Object.assign(cart.attributes, req.body.attributes ?? {});
    res.json(view(cart));
  });
  router.post('/cart/clear.js', (req, res) => {
    const cart = cartFor(req, res);
    cart.items = [];
    res.json(view(cart));
  });
  router.get('/cart', (req, res) => {
    const cart = view(cartFor(req, res));
    const rows = cart.items.map((i) => `<li>${escapeHtml(i.title)} (${escapeHtml(i.variant_title)}) × ${i.quantity}</li>`).join('');
    res.type('html').send(`<!doctype html><meta charset="utf-8"><title>Cart</title><h1>Cart</h1><ul>${rows || '<li>Your cart is empty</li>'}</ul><a href="/">Continue shopping</a>`);
  });
  return { router, itemCount: (req: Request) => carts.get(/(?:^|;\s*)cart=([a-f0-9]+)/.exec(req.headers.cookie ?? '')?.[1] ?? '')?.items.reduce((n, i) => n + i.quantity, 0) ?? 0 };
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
