// Reviews report: sentiment over time, worst and fastest-falling products, complaints by aspect
// with quotes, flagged reviews, suggested replies (drafts to edit and copy), CSV export, imports
// with progress, the push token and alert settings. Filters live in the URL (?product=&period=).
// Every string is the admin's (app/locales/admin, "reviews." keys); product titles, review text and
// quotes are shown as written.
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { Form, useFetcher, useLoaderData, useRevalidator } from '@remix-run/react';
import { Fragment, useEffect, useState, type ReactNode } from 'react';
import {
  Badge,
  Banner,
  BlockStack,
  Box,
  Button,
  Card,
  DataTable,
  InlineGrid,
  InlineStack,
  Layout,
  Page,
  ProgressBar,
  Select,
  Text,
  TextField,
} from '@shopify/polaris';
import { TitleBar } from '@shopify/app-bridge-react';
import { authenticate } from '~/shopify.server';
import { db } from '~/db.server';
import { AdminErrorBoundary } from '~/admin/ui/error-boundary';
import { useI18n } from '~/admin/ui/i18n';
import { TitledCard } from '~/admin/ui/titled-card';
import { pickAdminLocale, type Translate } from '~/admin/i18n';
import { serverTranslator } from '~/admin/messages.server';
import { toCsv } from '~/reviews/csv';
import { MAX_IMPORT_BYTES, requestImport } from '~/reviews/import/jobs';
import { FORMATS, UnknownFormatError } from '~/reviews/import/formats';
import { kickReviewImports } from '~/reviews/jobs.server';
import { rotatePushToken } from '~/reviews/push';
import { exportRows, ReportFiltersSchema } from '~/reviews/report/report';
import { parseCustomAspects, reportPageData, type ReportPageData } from '~/reviews/report/page-data';
import { CustomAspectsSchema } from '~/reviews/settings';
import { BUILT_IN_ASPECTS, type ReviewFlag } from '~/reviews/analyze/types';

const FLAGS = [
  'link_spam',
  'spam',
  'profanity',
  'injection',
  'duplicate',
  'rating_mismatch',
  'reviewer_burst',
] as const satisfies readonly ReviewFlag[];
// Built-in aspects and flags have labels; a merchant's own aspects (and Claude's finer ones) are
// shown by the name they were given.
const aspectLabel = (t: Translate, a: string) => ((BUILT_IN_ASPECTS as readonly string[]).includes(a) ? t(`reviews.aspect.${a}`) : a);
const flagLabel = (t: Translate, f: string) => ((FLAGS as readonly string[]).includes(f) ? t(`reviews.flag.${f}`) : f);

function filtersFrom(url: URL) {
  const raw = Object.fromEntries(
    [...url.searchParams].filter(([k, v]) => v !== '' && ['product', 'collection', 'rating', 'language', 'period'].includes(k)),
  );
  const parsed = ReportFiltersSchema.safeParse(raw);
  return parsed.success ? parsed.data : ReportFiltersSchema.parse({});
}

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  const url = new URL(request.url);
  const filters = filtersFrom(url);
  if (url.searchParams.get('export') === 'csv') {
    const rows = exportRows(db, session.shop, filters);
    const encoder = new TextEncoder();
    const stream = new ReadableStream({
      async pull(controller) {
        const next = await rows.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(toCsv([next.value], { guardFormulas: true })));
      },
    });
    return new Response(stream, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="reviews-${new Date().toISOString().slice(0, 10)}.csv"`,
      },
    });
  }
  const data = await reportPageData(db, session.shop, filters);
  // An import waiting for a worker (e.g. after a restart) is picked up by this instance.
  if (data.imports.some((i) => i.status === 'pending' || i.status === 'running')) kickReviewImports();
  return data;
};

/**
 * Which of the merchant's aspect lines is wrong, in their language: each line is checked on its
 * own by the same parser the save uses, so the message never disagrees with what is refused.
 */
function aspectsError(text: string, t: Translate): string {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const bad = lines.findIndex((line) => {
    try {
      parseCustomAspects(line);
      return false;
    } catch {
      return true;
    }
  });
  if (bad >= 0) return t('reviews.error.aspectLine', { line: bad + 1 });
  // Every line is fine on its own, so the list is too long: zod keeps the schema's .max(n) here.
  return t('reviews.error.aspectsTooMany', { max: CustomAspectsSchema._def.maxLength?.value ?? lines.length });
}

export const action = async ({ request }: ActionFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  const shop = session.shop;
  // The same choice the layout made for the page: the fetchers post to the page's own URL
  // (Shopify's ?locale= included) from the same browser.
  const locale = pickAdminLocale(new URL(request.url).searchParams.get('locale'), request.headers.get('accept-language'));
  const t = serverTranslator(locale);
  const form = await request.formData();
  const intent = String(form.get('intent') ?? '');
  if (intent === 'upload') {
    const file = form.get('file');
    if (!(file instanceof File) || file.size === 0) return Response.json({ error: t('reviews.error.noFile') }, { status: 400 });
    if (file.size > MAX_IMPORT_BYTES)
      return Response.json({ error: t('reviews.error.tooLarge', { mb: MAX_IMPORT_BYTES / 1024 / 1024 }) }, { status: 400 });
    try {
      const job = await requestImport(db, shop, { name: file.name, content: await file.text() });
      kickReviewImports();
      return { imported: job };
    } catch (error) {
      const message =
        error instanceof UnknownFormatError
          ? t('reviews.error.unknownFormat', {
              formats: new Intl.ListFormat(locale, { type: 'disjunction' }).format(FORMATS.map((f) => f.label)),
            })
          : t('reviews.error.unreadable', { reason: (error as Error).message });
      return Response.json({ error: message }, { status: 400 });
    }
  }
  if (intent === 'dismiss-alert') {
    await db.reviewAlert.updateMany({ where: { shop, id: String(form.get('id') ?? '') }, data: { dismissedAt: new Date() } });
    return { ok: true };
  }
  if (intent === 'rotate-token') return { token: await rotatePushToken(db, shop) };
  if (intent === 'settings') {
    const alertEmail = String(form.get('alertEmail') ?? '').trim();
    if (alertEmail && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(alertEmail))
      return Response.json({ error: t('reviews.error.alertEmail') }, { status: 400 });
    const aspectsText = String(form.get('customAspects') ?? '');
    let customAspects;
    try {
      customAspects = parseCustomAspects(aspectsText);
    } catch {
      return Response.json({ error: aspectsError(aspectsText, t) }, { status: 400 });
    }
    const data = { alertEmail: alertEmail || null, customAspects: JSON.stringify(customAspects) };
    await db.reviewSettings.upsert({ where: { shop }, create: { shop, ...data }, update: data });
    return { saved: true };
  }
  return Response.json({ error: t('errors.unknownAction') }, { status: 400 });
};

type Period = { period: string; positive: number; neutral: number; negative: number };

/** Stacked bars of positive / neutral / negative reviews per period, drawn as plain SVG. */
function SentimentChart({ data, granularity }: { data: Period[]; granularity: 'week' | 'month' }) {
  const { t, formatDate, formatNumber } = useI18n();
  if (data.length === 0)
    return (
      <Text as="p" tone="subdued">
        {t('reviews.chart.empty')}
      </Text>
    );
  // Periods are a month ("2026-05") or the Monday a week starts on ("2026-05-04"), in UTC.
  const axis = (p: string) =>
    granularity === 'month'
      ? formatDate(`${p}-01`, { month: 'short', year: '2-digit' })
      : formatDate(p, { day: 'numeric', month: 'short' });
  const full = (p: string) =>
    granularity === 'month'
      ? formatDate(`${p}-01`, { month: 'long', year: 'numeric' })
      : t('reviews.chart.weekOf', { date: formatDate(p, { dateStyle: 'medium' }) });
  const max = Math.max(...data.map((d) => d.positive + d.neutral + d.negative));
  const width = 640;
  const height = 160;
  const bar = width / data.length;
  return (
    <svg viewBox={`0 0 ${width} ${height + 18}`} role="img" aria-label={t('reviews.chart.label')} style={{ width: '100%', maxHeight: 220 }}>
      {data.map((d, i) => {
        const scale = (n: number) => (n / max) * height;
        const neg = scale(d.negative);
        const neu = scale(d.neutral);
        const pos = scale(d.positive);
        const x = i * bar + 2;
        const w = Math.max(1, bar - 4);
        return (
          <g key={d.period}>
            <title>
              {t('reviews.chart.tooltip', {
                period: full(d.period),
                positive: formatNumber(d.positive),
                neutral: formatNumber(d.neutral),
                negative: formatNumber(d.negative),
              })}
            </title>
            <rect x={x} y={height - neg} width={w} height={neg} fill="#e51c00" />
            <rect x={x} y={height - neg - neu} width={w} height={neu} fill="#b5b5b5" />
            <rect x={x} y={height - neg - neu - pos} width={w} height={pos} fill="#29845a" />
            {data.length <= 16 || i % Math.ceil(data.length / 12) === 0 ? (
              <text x={x + w / 2} y={height + 14} fontSize="10" textAnchor="middle" fill="#616161">
                {axis(d.period)}
              </text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}

function ReplyDraft({ draft }: { draft: string }) {
  const { t } = useI18n();
  const [text, setText] = useState(draft);
  const [copied, setCopied] = useState(false);
  return (
    <BlockStack gap="100">
      <TextField label={t('reviews.reply.label')} value={text} onChange={setText} multiline={4} autoComplete="off" />
      <InlineStack>
        <Button
          size="slim"
          onClick={() => {
            void navigator.clipboard?.writeText(text).then(() => setCopied(true));
          }}
        >
          {copied ? t('reviews.reply.copied') : t('reviews.reply.copy')}
        </Button>
      </InlineStack>
    </BlockStack>
  );
}

/** A Polaris Select inside a plain GET form: it keeps its own value and submits it by name. */
function FilterSelect(props: { label: string; name: string; options: { label: string; value: string }[]; initial: string }) {
  const [value, setValue] = useState(props.initial);
  return <Select label={props.label} name={props.name} options={props.options} value={value} onChange={setValue} />;
}

function FormField(props: { label: string; name: string; initial: string; type?: 'email'; multiline?: number; helpText?: string }) {
  const [value, setValue] = useState(props.initial);
  return (
    <TextField
      label={props.label}
      name={props.name}
      type={props.type}
      multiline={props.multiline}
      helpText={props.helpText}
      value={value}
      onChange={setValue}
      autoComplete="off"
    />
  );
}

/** A translated sentence with elements (e.g. <code>) where its {placeholders} are. */
function withElements(template: string, elements: Record<string, ReactNode>): ReactNode[] {
  // split() with a capturing group puts the placeholder names at the odd indexes.
  return template.split(/\{(\w+)\}/g).map((part, i) => (i % 2 ? <Fragment key={i}>{elements[part] ?? `{${part}}`}</Fragment> : part));
}

/** Where the finer Claude analysis stands, or how to get it. */
function ClaudeStatusText({ claude }: { claude: ReportPageData['claude'] }) {
  const { t, formatNumber, formatDate } = useI18n();
  if (!claude.enabled)
    return (
      <Text as="p" tone="subdued">
        {t('reviews.claude.off')}
      </Text>
    );
  const parts = [t('reviews.claude.counts', { analysed: formatNumber(claude.analysed), waiting: formatNumber(claude.waiting) })];
  if (claude.batchPending) parts.push(t('reviews.claude.batch'));
  else if (claude.nextRunAt && claude.waiting > 0) parts.push(t('reviews.claude.next', { when: formatDate(claude.nextRunAt) }));
  if (claude.lastRunAt) parts.push(t('reviews.claude.last', { when: formatDate(claude.lastRunAt) }));
  return (
    <BlockStack gap="100">
      <Text as="p" tone="subdued">
        {parts.join(' ')}
      </Text>
      {claude.error ? (
        <Text as="p" tone="critical">
          {t('reviews.claude.failed', { error: claude.error })}
        </Text>
      ) : null}
    </BlockStack>
  );
}

const TOTALS = ['reviews', 'positive', 'negative', 'average-rating', 'flagged'] as const;
const PERIODS = [
  { key: 'last30', value: '30' },
  { key: 'last90', value: '90' },
  { key: 'last12Months', value: '365' },
  { key: 'allTime', value: '0' },
] as const;

export default function ReviewsReport() {
  const { report, filters, options, imports, settings, claude } = useLoaderData<ReportPageData>();
  const { t, locale, formatNumber, formatDate } = useI18n();
  const upload = useFetcher<typeof action>();
  const token = useFetcher<typeof action>();
  const save = useFetcher<typeof action>();
  const dismiss = useFetcher();
  const revalidator = useRevalidator();
  const importing = imports.some((i) => i.status === 'pending' || i.status === 'running');

  useEffect(() => {
    if (!importing) return;
    const timer = setInterval(() => revalidator.revalidate(), 2000);
    return () => clearInterval(timer);
  }, [importing, revalidator]);

  const { totals } = report;
  // Built from the filters, not the page URL, which also carries the admin's session parameters.
  const exportParams = new URLSearchParams(
    Object.entries({ ...filters, export: 'csv' }).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]])),
  );
  const err = (f: { data?: unknown }) =>
    f.data && typeof f.data === 'object' && 'error' in f.data ? String((f.data as { error: string }).error) : null;
  const pct = (n: number, total: number) => (total ? formatNumber(n / total, { style: 'percent', maximumFractionDigits: 0 }) : '—');
  const decimal = (n: number) => formatNumber(n, { maximumFractionDigits: 2 });
  const day = (iso: string) => formatDate(iso, { dateStyle: 'medium' });
  const languageName = (code: string) => {
    try {
      return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
    } catch {
      return code;
    }
  };
  const totalValue: Record<(typeof TOTALS)[number], string> = {
    reviews: formatNumber(totals.reviews),
    positive: pct(totals.positive, totals.reviews),
    negative: pct(totals.negative, totals.reviews),
    'average-rating': totals.averageRating == null ? '—' : `${decimal(totals.averageRating)} ★`,
    flagged: formatNumber(totals.flagged),
  };

  return (
    <Page title={t('reviews.title')} subtitle={t('reviews.subtitle')}>
      <TitleBar title={t('reviews.title')} />
      <Layout>
        {report.alerts.map((a) => {
          const details = {
            share: pct(a.details.recentNegativeShare, 1),
            days: formatNumber(a.details.windowDays),
            reviews: formatNumber(a.details.recentReviews),
          };
          return (
            <Layout.Section key={a.id}>
              <Banner
                tone="critical"
                title={t('reviews.alert.title', { product: a.handle })}
                onDismiss={() => dismiss.submit({ intent: 'dismiss-alert', id: a.id }, { method: 'post' })}
                action={{ content: t('reviews.alert.action'), url: `/app/reviews?product=${encodeURIComponent(a.handle)}&period=30` }}
              >
                {a.details.baselineNegativeShare != null
                  ? t('reviews.alert.bodyUsually', { ...details, usual: pct(a.details.baselineNegativeShare, 1) })
                  : t('reviews.alert.body', details)}
              </Banner>
            </Layout.Section>
          );
        })}
        <Layout.Section>
          <Card>
            <Form method="get">
              <InlineGrid columns={{ xs: 1, sm: 2, md: 5 }} gap="300">
                <FilterSelect
                  label={t('reviews.filter.product')}
                  name="product"
                  options={[{ label: t('reviews.filter.allProducts'), value: '' }, ...options.products]}
                  initial={filters.product ?? ''}
                />
                <FilterSelect
                  label={t('reviews.filter.collection')}
                  name="collection"
                  options={[{ label: t('reviews.filter.allCollections'), value: '' }, ...options.collections]}
                  initial={filters.collection ?? ''}
                />
                <FilterSelect
                  label={t('reviews.filter.rating')}
                  name="rating"
                  options={[
                    { label: t('reviews.filter.any'), value: '' },
                    ...[5, 4, 3, 2, 1].map((r) => ({ label: '★'.repeat(r), value: String(r) })),
                  ]}
                  initial={filters.rating ? String(filters.rating) : ''}
                />
                <FilterSelect
                  label={t('reviews.filter.language')}
                  name="language"
                  options={[
                    { label: t('reviews.filter.any'), value: '' },
                    ...options.languages.map((l) => ({ label: languageName(l), value: l })),
                  ]}
                  initial={filters.language ?? ''}
                />
                <FilterSelect
                  label={t('reviews.filter.period')}
                  name="period"
                  options={PERIODS.map((p) => ({ label: t(`reviews.filter.${p.key}`), value: p.value }))}
                  initial={String(filters.period)}
                />
              </InlineGrid>
              <Box paddingBlockStart="300">
                <InlineStack gap="200">
                  <Button submit variant="primary">
                    {t('reviews.filter.apply')}
                  </Button>
                  <Button url={`/app/reviews?${exportParams.toString()}`} target="_blank">
                    {t('reviews.export')}
                  </Button>
                </InlineStack>
              </Box>
            </Form>
          </Card>
        </Layout.Section>
        <Layout.Section>
          <InlineGrid columns={{ xs: 2, md: 5 }} gap="300">
            {TOTALS.map((id) => (
              <Card key={id}>
                <BlockStack gap="100">
                  <Text as="h3" variant="headingSm" tone="subdued">
                    {t(`reviews.total.${id}`)}
                  </Text>
                  <Text as="p" variant="headingLg">
                    <span data-testid={`total-${id}`}>{totalValue[id]}</span>
                  </Text>
                </BlockStack>
              </Card>
            ))}
          </InlineGrid>
        </Layout.Section>
        <Layout.Section>
          <TitledCard title={t(`reviews.overTime.${report.granularity}`)} gap="200">
            <SentimentChart data={report.overTime} granularity={report.granularity} />
          </TitledCard>
        </Layout.Section>
        <Layout.Section variant="oneHalf">
          <TitledCard title={t('reviews.worst.title')} gap="200">
            <DataTable
              columnContentTypes={['text', 'numeric', 'numeric', 'numeric']}
              headings={[t('reviews.col.product'), t('reviews.col.reviews'), t('reviews.col.score'), t('reviews.col.negative')]}
              rows={report.worstProducts.map((p) => [p.title, formatNumber(p.reviews), decimal(p.score), pct(p.negativeShare, 1)])}
            />
          </TitledCard>
        </Layout.Section>
        <Layout.Section variant="oneHalf">
          <TitledCard title={t('reviews.falling.title')} gap="200">
            {report.fallingProducts.length ? (
              <DataTable
                columnContentTypes={['text', 'numeric', 'numeric', 'numeric']}
                headings={[t('reviews.col.product'), t('reviews.col.before'), t('reviews.col.now'), t('reviews.col.drop')]}
                rows={report.fallingProducts.map((p) => [
                  p.title,
                  decimal(p.before),
                  decimal(Math.round((p.before - p.drop) * 100) / 100),
                  decimal(p.drop),
                ])}
              />
            ) : (
              <Text as="p" tone="subdued">
                {t('reviews.falling.empty')}
              </Text>
            )}
          </TitledCard>
        </Layout.Section>
        <Layout.Section>
          <TitledCard title={t('reviews.complaints.title')}>
            {report.complaints.length === 0 ? (
              <Text as="p" tone="subdued">
                {t('reviews.complaints.empty')}
              </Text>
            ) : null}
            {report.complaints.slice(0, 7).map((c) => (
              <BlockStack key={c.aspect} gap="100">
                <InlineStack gap="200" blockAlign="center">
                  <Text as="h3" variant="headingSm">
                    {aspectLabel(t, c.aspect)}
                  </Text>
                  <Badge tone="critical">{formatNumber(c.count)}</Badge>
                </InlineStack>
                {c.quotes.map((q) => (
                  <Text as="p" key={q.reviewId} tone="subdued">
                    “{q.text}” — <em>{q.productHandle}</em>
                  </Text>
                ))}
              </BlockStack>
            ))}
          </TitledCard>
        </Layout.Section>
        <Layout.Section>
          <TitledCard title={t('reviews.toAnswer.title')} gap="400">
            {report.toAnswer.length === 0 ? (
              <Text as="p" tone="subdued">
                {t('reviews.toAnswer.empty')}
              </Text>
            ) : null}
            {report.toAnswer.map((r) => (
              <BlockStack key={r.id} gap="200">
                <Text as="p">
                  <strong>{r.productHandle}</strong> · {r.rating ? '★'.repeat(r.rating) : t('reviews.noRating')} ·{' '}
                  {r.reviewerName || t('reviews.anonymous')} · {day(r.reviewedAt)}
                </Text>
                <Text as="p">{r.title ? `${r.title} — ${r.body}` : r.body}</Text>
                {r.replyDraft ? <ReplyDraft draft={r.replyDraft} /> : null}
              </BlockStack>
            ))}
          </TitledCard>
        </Layout.Section>
        <Layout.Section>
          <TitledCard title={t('reviews.flagged.title')}>
            {report.flagged.length === 0 ? (
              <Text as="p" tone="subdued">
                {t('reviews.flagged.empty')}
              </Text>
            ) : null}
            {report.flagged.map((r) => (
              <BlockStack key={r.id} gap="100">
                <InlineStack gap="200">
                  {r.flags.map((f) => (
                    <Badge key={f} tone="warning">
                      {flagLabel(t, f)}
                    </Badge>
                  ))}
                  <Text as="span" tone="subdued">
                    {r.productHandle} · {day(r.reviewedAt)}
                  </Text>
                </InlineStack>
                <Text as="p">{r.body.length > 300 ? `${r.body.slice(0, 300)}…` : r.body}</Text>
              </BlockStack>
            ))}
          </TitledCard>
        </Layout.Section>
        <Layout.Section>
          <TitledCard title={t('reviews.import.title')}>
            <Text as="p" tone="subdued">
              {t('reviews.import.help')}
            </Text>
            <upload.Form method="post" encType="multipart/form-data">
              <input type="hidden" name="intent" value="upload" />
              <InlineStack gap="200" blockAlign="center">
                <input type="file" name="file" accept=".csv,text/csv" aria-label={t('reviews.import.fileLabel')} />
                <Button submit loading={upload.state !== 'idle'}>
                  {t('reviews.import.submit')}
                </Button>
              </InlineStack>
            </upload.Form>
            {err(upload) ? <Banner tone="critical">{err(upload)}</Banner> : null}
            {imports.map((i) => (
              <BlockStack key={i.id} gap="100">
                <InlineStack gap="200" blockAlign="center">
                  <Text as="span" fontWeight="semibold">
                    {i.fileName}
                  </Text>
                  <Badge tone={i.status === 'completed' ? 'success' : i.status === 'failed' ? 'critical' : 'info'}>
                    {t(`reviews.import.status.${i.status}`)}
                  </Badge>
                  <Text as="span" tone="subdued">
                    {t('reviews.import.counts', {
                      imported: formatNumber(i.imported),
                      duplicates: formatNumber(i.duplicates),
                      malformed: formatNumber(i.malformed),
                      unmatched: formatNumber(i.unmatched),
                    })}
                  </Text>
                </InlineStack>
                {i.status === 'running' || i.status === 'pending' ? (
                  <ProgressBar progress={i.rowsTotal ? (i.rowsDone / i.rowsTotal) * 100 : 0} size="small" />
                ) : null}
                {i.error ? (
                  <Text as="p" tone="critical">
                    {i.error}
                  </Text>
                ) : null}
                {i.problems.slice(0, 5).map((p) => (
                  <Text as="p" key={`${p.row}-${p.kind}`} tone="subdued">
                    {t('reviews.import.row', { row: formatNumber(p.row), reason: p.code ? t(`reviews.problem.${p.code}`, { value: p.value ?? '' }) : p.reason })}
                  </Text>
                ))}
                {i.problems.length > 5 ? (
                  <Text as="p" tone="subdued">
                    {t('reviews.import.more', { count: formatNumber(i.malformed + i.unmatched - 5) })}
                  </Text>
                ) : null}
              </BlockStack>
            ))}
          </TitledCard>
        </Layout.Section>
        <Layout.Section>
          <TitledCard title={t('reviews.push.title')}>
            <Text as="p" tone="subdued">
              {withElements(t('reviews.push.help'), {
                endpoint: <code>POST /api/reviews</code>,
                shopHeader: <code>X-Aisle-Shop</code>,
                authHeader: <code>Authorization: Bearer &lt;token&gt;</code>,
              })}{' '}
              {settings.tokenHint ? t('reviews.push.tokenHint', { hint: settings.tokenHint }) : t('reviews.push.noToken')}
            </Text>
            <token.Form method="post">
              <input type="hidden" name="intent" value="rotate-token" />
              <Button submit>{settings.tokenHint ? t('reviews.push.replace') : t('reviews.push.create')}</Button>
            </token.Form>
            {token.data && 'token' in token.data ? (
              <Banner tone="warning" title={t('reviews.push.copyNow')}>
                <code data-testid="push-token">{String(token.data.token)}</code>
              </Banner>
            ) : null}
            <ClaudeStatusText claude={claude} />
            <save.Form method="post">
              <input type="hidden" name="intent" value="settings" />
              <BlockStack gap="200">
                <FormField label={t('reviews.settings.alertEmail')} name="alertEmail" type="email" initial={settings.alertEmail} />
                <FormField
                  label={t('reviews.settings.aspects')}
                  name="customAspects"
                  multiline={3}
                  initial={settings.customAspects.map((a) => `${a.name}: ${a.terms.join(', ')}`).join('\n')}
                  helpText={t('reviews.settings.aspectsHelp')}
                />
                <InlineStack>
                  <Button submit loading={save.state !== 'idle'}>
                    {t('common.save')}
                  </Button>
                </InlineStack>
                {err(save) ? <Banner tone="critical">{err(save)}</Banner> : null}
              </BlockStack>
            </save.Form>
          </TitledCard>
        </Layout.Section>
      </Layout>
    </Page>
  );
}

export const ErrorBoundary = AdminErrorBoundary;
