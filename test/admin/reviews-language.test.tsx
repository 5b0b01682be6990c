// The Reviews page speaks the admin's language: the page rendered on the server (as Remix does)
// with the Polish dictionary the layout sends shows Polish labels, Polish number and date formats
// and no English sentence, while product titles and review text stay as written; its action
// answers the merchant's mistakes in the language the page was opened in.
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router-dom/server';
import { AppProvider } from '@shopify/polaris';
import en from '~/locales/admin/en.json' with { type: 'json' };
import { createTranslator, type AdminLocale } from '~/admin/i18n';
import { adminMessages, polarisTranslations } from '~/admin/messages.server';
import { I18nProvider } from '~/admin/ui/i18n';
import type { ReportPageData } from '~/reviews/report/page-data';
import { bootApp, call, install } from '../helpers/app';
import type { TestDb } from '../helpers/db';
import { asAdmin, postForm, SHOP_A } from './helpers';

let t: TestDb;
let route: typeof import('~/routes/app.reviews');

beforeAll(async () => {
  t = await bootApp();
  await install(t, SHOP_A);
  route = await import('~/routes/app.reviews');
});
afterAll(() => t.drop());

const quote = 'Rozmiar za mały, musiałam oddać.';
const body = 'Ocean Blue Shirt: kolor inny niż na zdjęciu, szew puścił po tygodniu.';
// Every part of the page has something to show: an alert, each table, a quote, a reply draft,
// a flagged review, an import with problems, a token and a failed Claude pass.
const page: ReportPageData = {
  report: {
    totals: { reviews: 12345, positive: 6000, neutral: 2345, negative: 4000, flagged: 3, averageRating: 4.25, averageScore: 0.31 },
    overTime: [
      { period: '2026-04', reviews: 10, positive: 5, neutral: 2, negative: 3, score: 0.2 },
      { period: '2026-05', reviews: 8, positive: 2, neutral: 1, negative: 5, score: -0.3 },
    ],
    granularity: 'month',
    worstProducts: [
      {
        productId: 'gid://shopify/Product/1',
        handle: 'ocean-blue-shirt',
        title: 'Ocean Blue Shirt',
        reviews: 40,
        score: -0.25,
        negativeShare: 0.5,
      },
    ],
    fallingProducts: [
      {
        productId: 'gid://shopify/Product/1',
        handle: 'ocean-blue-shirt',
        title: 'Ocean Blue Shirt',
        reviews: 40,
        score: -0.25,
        negativeShare: 0.5,
        before: 0.5,
        drop: 0.75,
      },
    ],
    complaints: [
      { aspect: 'fit_sizing', count: 7, quotes: [{ reviewId: 'r1', text: quote, productHandle: 'ocean-blue-shirt' }] },
      { aspect: 'zamek', count: 2, quotes: [] },
    ],
    flagged: [
      {
        id: 'r2',
        productHandle: 'clay-plant-pot',
        rating: 5,
        title: '',
        body,
        reviewerName: 'Ola',
        language: 'pl',
        sentiment: 'negative',
        score: -0.6,
        flags: ['rating_mismatch'],
        reviewedAt: '2026-05-02T08:00:00.000Z',
      },
    ],
    toAnswer: [
      {
        id: 'r3',
        productHandle: 'ocean-blue-shirt',
        rating: 1,
        title: 'Za mała',
        body: quote,
        reviewerName: '',
        language: 'pl',
        sentiment: 'negative',
        score: -0.7,
        flags: [],
        reviewedAt: '2026-05-03T08:00:00.000Z',
        replyDraft: 'Dzień dobry, dziękujemy za opinię.',
      },
    ],
    alerts: [
      {
        id: 'a1',
        handle: 'ocean-blue-shirt',
        createdAt: '2026-05-04T00:00:00.000Z',
        details: { recentNegativeShare: 0.6, baselineNegativeShare: 0.2, recentReviews: 15, windowDays: 14, windowEnd: '2026-05-04' },
      },
    ],
    source: 'reviews',
  },
  filters: { period: 365 },
  options: {
    products: [{ value: 'ocean-blue-shirt', label: 'Ocean Blue Shirt' }],
    collections: [{ value: 'summer', label: 'Summer' }],
    languages: ['pl', 'de'],
  },
  imports: [
    {
      id: 'i1',
      fileName: 'judgeme.csv',
      format: 'judgeme',
      status: 'completed',
      rowsTotal: 20000,
      rowsDone: 20000,
      imported: 12000,
      duplicates: 0,
      malformed: 5,
      unmatched: 3,
      problems: Array.from({ length: 6 }, (_, i) => ({ row: i + 2, kind: 'malformed' as const, reason: 'no review text', code: 'no_text' as const })),
      error: null,
      startedAt: '2026-05-04T08:00:00.000Z',
      finishedAt: '2026-05-04T08:01:00.000Z',
    },
  ],
  settings: { tokenHint: 'a1b2', alertEmail: 'owner@example.com', customAspects: [{ name: 'zamek', terms: ['zip*', 'zamek'] }] },
  claude: {
    enabled: true,
    analysed: 12000,
    waiting: 345,
    lastRunAt: '2026-05-04T09:30:00.000Z',
    nextRunAt: '2026-05-04T21:30:00.000Z',
    batchPending: false,
    error: 'rate limited',
  },
};

/** The page as Remix renders it on the server: its route's data, the layout's dictionary, Polaris's strings. */
async function render(locale: AdminLocale): Promise<string> {
  const handler = createStaticHandler([{ id: 'routes/app.reviews', path: '/app/reviews', loader: () => page, Component: route.default }]);
  const context = await handler.query(new Request('https://app.example/app/reviews'));
  if (context instanceof Response) throw new Error('the route redirected');
  const router = createStaticRouter(handler.dataRoutes, context);
  return renderToString(
    <AppProvider i18n={polarisTranslations(locale)}>
      <I18nProvider locale={locale} messages={adminMessages(locale)}>
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </I18nProvider>
    </AppProvider>,
  );
}

/** The page's text: text between tags and the attributes a merchant reads, entities decoded. */
function visibleText(html: string): string[] {
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#x27;/g, "'")
      .replace(/&amp;/g, '&');
  const between = [...html.matchAll(/>([^<]+)</g)].map((m) => m[1]);
  const attributes = [...html.matchAll(/(?:aria-label|title|placeholder)="([^"]*)"/g)].map((m) => m[1]);
  return [...between, ...attributes]
    .map(decode)
    .map((s) => s.trim())
    .filter(Boolean);
}

const testId = (html: string, id: string) => new RegExp(`data-testid="${id}"[^>]*>([^<]*)<`).exec(html)?.[1];

test('the Reviews page renders in Polish: labels, numbers and dates in Polish, data as written', async () => {
  const html = await render('pl');
  const text = visibleText(html).join('\n');
  const pl = createTranslator(adminMessages('pl'));
  for (const key of [
    'reviews.title',
    'reviews.filter.apply',
    'reviews.worst.title',
    'reviews.complaints.title',
    'reviews.aspect.fit_sizing',
    'reviews.flag.rating_mismatch',
    'reviews.import.status.completed',
    'reviews.push.replace',
    'reviews.overTime.month',
    'reviews.settings.aspectsHelp',
  ]) {
    expect([key, text.includes(pl(key))]).toEqual([key, true]);
  }
  expect(text).toContain('Przybywa negatywnych opinii o ocean-blue-shirt');
  expect(text).toContain('Negatywne: 60% w ostatnich 14 dniach (opinie: 15), zwykle 20%.');
  // Polish groups thousands with a no-break space and writes decimals with a comma.
  expect(testId(html, 'total-reviews')).toBe('12\u00a0345');
  expect(testId(html, 'total-average-rating')).toBe('4,25 ★');
  expect(text).toContain('nowe: 12\u00a0000, już były: 0, błędne: 5, bez produktu: 3');
  expect(text).toContain('Wiersz 2: brak treści opinii');
  expect(text).toContain('… i jeszcze 3');
  expect(text).toContain('-0,25');
  const when = new Intl.DateTimeFormat('pl', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(
    new Date(page.claude.lastRunAt!),
  );
  expect(text).toContain(`Ostatni przebieg: ${when}.`);
  expect(text).toContain('Opinie przeanalizowane przez Claude pod kątem dokładniejszych aspektów: 12\u00a0000; czekające: 345.');
  expect(text).toContain(new Intl.DateTimeFormat('pl', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date('2026-05-03T08:00:00Z')));
  expect(text).toContain('polski');
  // The <code> samples sit inside the translated sentence.
  expect(html).toMatch(
    /na <code>POST \/api\/reviews<\/code> z nagłówkami <code>X-Aisle-Shop<\/code> i <code>Authorization: Bearer &lt;token&gt;<\/code>\./,
  );
  // Product titles, review text, quotes and the merchant's own aspect stay as written.
  for (const data of ['Ocean Blue Shirt', body, quote, 'Dzień dobry, dziękujemy za opinię.', 'zamek']) expect(text).toContain(data);

  // No English sentence is left: every English string of the page that Polish says differently is
  // absent (long fragments anywhere, short labels as a whole piece of text).
  const pieces = new Set(visibleText(html));
  const english = Object.entries(en as Record<string, string>).filter(
    ([k, v]) => (k.startsWith('reviews.') || k === 'common.save') && v !== pl(k),
  );
  for (const [key, value] of english) {
    for (const fragment of value
      .split(/\{\w+\}/)
      .map((f) => f.trim())
      .filter((f) => /\p{L}{2}/u.test(f))) {
      const leftover = fragment.length >= 8 ? text.includes(fragment) : pieces.has(fragment);
      expect([key, fragment, leftover]).toEqual([key, fragment, false]);
    }
  }
});

test('in English the page shows the same figures under the same test ids, formatted the English way', async () => {
  const html = await render('en');
  expect(testId(html, 'total-reviews')).toBe('12,345');
  expect(testId(html, 'total-positive')).toBe('49%');
  expect(testId(html, 'total-negative')).toBe('32%');
  expect(testId(html, 'total-average-rating')).toBe('4.25 ★');
  expect(testId(html, 'total-flagged')).toBe('3');
  const text = visibleText(html).join('\n');
  expect(text).toContain('60% negative in the last 14 days (15 reviews), usually 20%.');
  expect(text).toContain('Fit & sizing');
  expect(text).toContain('Claude has analysed 12,000 reviews for finer aspects; 345 waiting.');
});

test('the action explains a mistake in the language the page was opened in', async () => {
  const aspects = (path: string, customAspects: string) =>
    postForm(route.action, SHOP_A, path, { intent: 'settings', alertEmail: '', customAspects });
  expect((await postForm(route.action, SHOP_A, '/app/reviews?locale=pl', { intent: 'upload' })).body.error).toBe(
    'Wybierz eksport CSV do przesłania.',
  );
  expect((await postForm(route.action, SHOP_A, '/app/reviews?locale=pl', { intent: 'settings', alertEmail: 'nie-adres' })).body.error).toBe(
    'Adres e-mail do alertów jest nieprawidłowy.',
  );
  const line = await aspects('/app/reviews?locale=pl', 'zamek: zip*\nbez dwukropka');
  expect(line).toMatchObject({ status: 400, body: { error: expect.stringMatching(/^Aspekty, wiersz 2: /) } });
  expect((await aspects('/app/reviews?locale=pl', 'x: ab\n1234567890123456789012345678901234567890X: ab')).body.error).toMatch(
    /^Aspekty, wiersz 2: /,
  );
  const many = Array.from({ length: 21 }, (_, i) => `a${i}: word`).join('\n');
  expect((await aspects('/app/reviews?locale=pl', many)).body.error).toBe('Aspekty: najwyżej 20, po jednym w wierszu.');
  expect((await postForm(route.action, SHOP_A, '/app/reviews?locale=pl', { intent: 'nope' })).body.error).toBe(
    adminMessages('pl')['errors.unknownAction'],
  );
  // Without ?locale= the browser's language decides, as for the page itself; English by default.
  expect((await aspects('/app/reviews', 'bad line')).body.error).toMatch(/^Aspects, line 1: /);
  expect(await t.db.reviewSettings.count()).toBe(0);
});

test('an unsupported file is refused in the admin language, naming the supported apps in its own words', async () => {
  const upload = async (path: string, headers?: Record<string, string>) => {
    const form = new FormData();
    form.set('intent', 'upload');
    form.set('file', new Blob(['Handle,Title\nx,y\n'], { type: 'text/csv' }), 'products.csv');
    const res = await call(route.action, await asAdmin(SHOP_A, path, { method: 'POST', body: form, headers }));
    return { status: res.status, error: (await res.json()).error as string };
  };
  const polish = await upload('/app/reviews?locale=pl');
  expect(polish.status).toBe(400);
  expect(polish.error).toMatch(
    /^To nie jest obsługiwany eksport opinii: .*z Judge\.me, Yotpo, Okendo, Loox lub Shopify Product Reviews\.$/,
  );
  expect((await upload('/app/reviews', { 'Accept-Language': 'de-DE,de;q=0.9' })).error).toMatch(
    /^Kein unterstützter Bewertungsexport: .*Loox oder Shopify Product Reviews\.$/,
  );
  expect((await upload('/app/reviews')).error).toMatch(/body, rating and a product column .*Loox, or Shopify Product Reviews\.$/);
});
