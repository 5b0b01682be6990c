// Reviews report: sentiment over time, worst and fastest-falling products, complaints by aspect
// with quotes, flagged reviews, suggested replies (drafts to edit and copy), CSV export, imports
// with progress, the push token and alert settings. Filters live in the URL (?product=&period=).
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { Form, useFetcher, useLoaderData, useRevalidator } from '@remix-run/react';
import { useEffect, useState } from 'react';
import { Badge, Banner, BlockStack, Box, Button, Card, DataTable, InlineGrid, InlineStack, Layout, Page, ProgressBar, Select, Text, TextField } from '@shopify/polaris';
import { TitleBar } from '@shopify/app-bridge-react';
import { authenticate } from '~/shopify.server';
import { db } from '~/db.server';
import { AdminErrorBoundary } from '~/admin/ui/error-boundary';
import { toCsv } from '~/reviews/csv';
import { requestImport } from '~/reviews/import/jobs';
import { UnknownFormatError } from '~/reviews/import/formats';
import { kickReviewImports } from '~/reviews/jobs.server';
import { rotatePushToken } from '~/reviews/push';
import { exportRows, ReportFiltersSchema } from '~/reviews/report/report';
import { parseCustomAspects, reportPageData, type ReportPageData } from '~/reviews/report/page-data';

const ASPECT_LABEL: Record<string, string> = {
  quality: 'Quality', fit_sizing: 'Fit & sizing', shipping: 'Shipping', price_value: 'Price & value', customer_service: 'Customer service', packaging: 'Packaging', durability: 'Durability',
};
const FLAG_LABEL: Record<string, string> = {
  link_spam: 'Links', spam: 'Spam', profanity: 'Profanity', injection: 'Instructions to AI', duplicate: 'Copied text', rating_mismatch: 'Stars ≠ text', reviewer_burst: 'Reviewer burst',
};
const aspectLabel = (a: string) => ASPECT_LABEL[a] ?? a;

function filtersFrom(url: URL) {
  const raw = Object.fromEntries([...url.searchParams].filter(([k, v]) => v !== '' && ['product', 'collection', 'rating', 'language', 'period'].includes(k)));
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
      headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="reviews-${new Date().toISOString().slice(0, 10)}.csv"` },
    });
  }
  const data = await reportPageData(db, session.shop, filters);
  // An import waiting for a worker (e.g. after a restart) is picked up by this instance.
  if (data.imports.some((i) => i.status === 'pending' || i.status === 'running')) kickReviewImports();
  return data;
};

export const action = async ({ request }: ActionFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  const shop = session.shop;
  const form = await request.formData();
  const intent = String(form.get('intent') ?? '');
  if (intent === 'upload') {
    const file = form.get('file');
    if (!(file instanceof File) || file.size === 0) return Response.json({ error: 'Choose a CSV export to upload.' }, { status: 400 });
    try {
      const job = await requestImport(db, shop, { name: file.name, content: await file.text() });
      kickReviewImports();
      return { imported: job };
    } catch (error) {
      const message = error instanceof UnknownFormatError ? error.message : `Could not read the file: ${(error as Error).message}`;
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
    if (alertEmail && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(alertEmail)) return Response.json({ error: 'The alert e-mail address is not valid.' }, { status: 400 });
    let customAspects;
    try {
      customAspects = parseCustomAspects(String(form.get('customAspects') ?? ''));
    } catch (error) {
      return Response.json({ error: `Aspects: ${(error as Error).message}` }, { status: 400 });
    }
    const data = { alertEmail: alertEmail || null, customAspects: JSON.stringify(customAspects) };
    await db.reviewSettings.upsert({ where: { shop }, create: { shop, ...data }, update: data });
    return { saved: true };
  }
  return Response.json({ error: 'Unknown action' }, { status: 400 });
};

/** Stacked bars of positive / neutral / negative reviews per period, drawn as plain SVG. */
function SentimentChart({ data }: { data: { period: string; positive: number; neutral: number; negative: number }[] }) {
  if (data.length === 0) return <Text as="p" tone="subdued">No reviews in this period.</Text>;
  const max = Math.max(...data.map((d) => d.positive + d.neutral + d.negative));
  const width = 640;
  const height = 160;
  const bar = width / data.length;
  return (
    <svg viewBox={`0 0 ${width} ${height + 18}`} role="img" aria-label="Reviews by sentiment over time" style={{ width: '100%', maxHeight: 220 }}>
      {data.map((d, i) => {
        const scale = (n: number) => (n / max) * height;
        const neg = scale(d.negative);
        const neu = scale(d.neutral);
        const pos = scale(d.positive);
        const x = i * bar + 2;
        const w = Math.max(1, bar - 4);
        return (
          <g key={d.period}>
            <title>{`${d.period}: ${d.positive} positive, ${d.neutral} neutral, ${d.negative} negative`}</title>
            <rect x={x} y={height - neg} width={w} height={neg} fill="#e51c00" />
            <rect x={x} y={height - neg - neu} width={w} height={neu} fill="#b5b5b5" />
            <rect x={x} y={height - neg - neu - pos} width={w} height={pos} fill="#29845a" />
            {data.length <= 16 || i % Math.ceil(data.length / 12) === 0 ? (
              <text x={x + w / 2} y={height + 14} fontSize="10" textAnchor="middle" fill="#616161">
                {d.period.slice(2)}
              </text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}

function ReplyDraft({ draft }: { draft: string }) {
  const [text, setText] = useState(draft);
  const [copied, setCopied] = useState(false);
  return (
    <BlockStack gap="100">
      <TextField label="Suggested reply (draft — edit, then copy)" value={text} onChange={setText} multiline={4} autoComplete="off" />
      <InlineStack>
        <Button
          size="slim"
          onClick={() => {
            void navigator.clipboard?.writeText(text).then(() => setCopied(true));
          }}
        >
          {copied ? 'Copied' : 'Copy reply'}
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
  return <TextField label={props.label} name={props.name} type={props.type} multiline={props.multiline} helpText={props.helpText} value={value} onChange={setValue} autoComplete="off" />;
}

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Where the finer Claude analysis stands, or how to get it. */
function ClaudeStatusText({ claude }: { claude: ReportPageData['claude'] }) {
  if (!claude.enabled)
    return (
      <Text as="p" tone="subdued">
        Reviews are analysed offline. Add an Anthropic key in Settings for finer aspects (zipper, battery life…), analysed in the background and paid for once per text.
      </Text>
    );
  const parts = [`Claude has analysed ${claude.analysed.toLocaleString()} reviews for finer aspects; ${claude.waiting.toLocaleString()} waiting.`];
  if (claude.batchPending) parts.push('A batch is being processed.');
  else if (claude.nextRunAt && claude.waiting > 0) parts.push(`Next pass around ${when(claude.nextRunAt)}.`);
  if (claude.lastRunAt) parts.push(`Last pass ${when(claude.lastRunAt)}.`);
  return (
    <BlockStack gap="100">
      <Text as="p" tone="subdued">
        {parts.join(' ')}
      </Text>
      {claude.error ? (
        <Text as="p" tone="critical">
          {`The last pass failed (${claude.error}); it is retried automatically.`}
        </Text>
      ) : null}
    </BlockStack>
  );
}

const pct = (n: number, total: number) => (total ? `${Math.round((n / total) * 100)}%` : '—');

export default function ReviewsReport() {
  const { report, filters, options, imports, settings, claude } = useLoaderData<ReportPageData>();
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
  const exportParams = new URLSearchParams(Object.entries({ ...filters, export: 'csv' }).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]])));
  const err = (f: { data?: unknown }) => (f.data && typeof f.data === 'object' && 'error' in f.data ? String((f.data as { error: string }).error) : null);

  return (
    <Page title="Reviews" subtitle="What customers say, per product and over time">
      <TitleBar title="Reviews" />
      <Layout>
        {report.alerts.map((a) => (
          <Layout.Section key={a.id}>
            <Banner
              tone="critical"
              title={`Negative reviews are rising for ${a.handle}`}
              onDismiss={() => dismiss.submit({ intent: 'dismiss-alert', id: a.id }, { method: 'post' })}
              action={{ content: 'Show its reviews', url: `/app/reviews?product=${encodeURIComponent(a.handle)}&period=30` }}
            >
              {`${Math.round(a.details.recentNegativeShare * 100)}% negative in the last ${a.details.windowDays} days (${a.details.recentReviews} reviews)`}
              {a.details.baselineNegativeShare != null ? `, usually ${Math.round(a.details.baselineNegativeShare * 100)}%.` : '.'}
            </Banner>
          </Layout.Section>
        ))}
        <Layout.Section>
          <Card>
            <Form method="get">
              <InlineGrid columns={{ xs: 1, sm: 2, md: 5 }} gap="300">
                <FilterSelect label="Product" name="product" options={[{ label: 'All products', value: '' }, ...options.products]} initial={filters.product ?? ''} />
                <FilterSelect label="Collection" name="collection" options={[{ label: 'All collections', value: '' }, ...options.collections]} initial={filters.collection ?? ''} />
                <FilterSelect label="Rating" name="rating" options={[{ label: 'Any', value: '' }, ...[5, 4, 3, 2, 1].map((r) => ({ label: '★'.repeat(r), value: String(r) }))]} initial={filters.rating ? String(filters.rating) : ''} />
                <FilterSelect label="Language" name="language" options={[{ label: 'Any', value: '' }, ...options.languages.map((l) => ({ label: l, value: l }))]} initial={filters.language ?? ''} />
                <FilterSelect
                  label="Period"
                  name="period"
                  options={[
                    { label: 'Last 30 days', value: '30' },
                    { label: 'Last 90 days', value: '90' },
                    { label: 'Last 12 months', value: '365' },
                    { label: 'All time', value: '0' },
                  ]}
                  initial={String(filters.period)}
                />
              </InlineGrid>
              <Box paddingBlockStart="300">
                <InlineStack gap="200">
                  <Button submit variant="primary">
                    Apply filters
                  </Button>
                  <Button url={`/app/reviews?${exportParams.toString()}`} target="_blank">
                    Export CSV
                  </Button>
                </InlineStack>
              </Box>
            </Form>
          </Card>
        </Layout.Section>
        <Layout.Section>
          <InlineGrid columns={{ xs: 2, md: 5 }} gap="300">
            {[
              ['Reviews', String(totals.reviews)],
              ['Positive', pct(totals.positive, totals.reviews)],
              ['Negative', pct(totals.negative, totals.reviews)],
              ['Average rating', totals.averageRating == null ? '—' : `${totals.averageRating} ★`],
              ['Flagged', String(totals.flagged)],
            ].map(([label, value]) => (
              <Card key={label}>
                <BlockStack gap="100">
                  <Text as="h3" variant="headingSm" tone="subdued">
                    {label}
                  </Text>
                  <Text as="p" variant="headingLg">
                    <span data-testid={`total-${label.toLowerCase().replace(/\s+/g, '-')}`}>{value}</span>
                  </Text>
                </BlockStack>
              </Card>
            ))}
          </InlineGrid>
        </Layout.Section>
        <Layout.Section>
          <Card>
            <BlockStack gap="200">
              <Text as="h2" variant="headingMd">
                Sentiment over time (per {report.granularity})
              </Text>
              <SentimentChart data={report.overTime} />
            </BlockStack>
          </Card>
        </Layout.Section>
        <Layout.Section variant="oneHalf">
          <Card>
            <BlockStack gap="200">
              <Text as="h2" variant="headingMd">
                Lowest sentiment
              </Text>
              <DataTable
                columnContentTypes={['text', 'numeric', 'numeric', 'numeric']}
                headings={['Product', 'Reviews', 'Score', 'Negative']}
                rows={report.worstProducts.map((p) => [p.title, p.reviews, p.score, pct(p.negativeShare, 1)])}
              />
            </BlockStack>
          </Card>
        </Layout.Section>
        <Layout.Section variant="oneHalf">
          <Card>
            <BlockStack gap="200">
              <Text as="h2" variant="headingMd">
                Falling fastest (last 30 days vs before)
              </Text>
              {report.fallingProducts.length ? (
                <DataTable
                  columnContentTypes={['text', 'numeric', 'numeric', 'numeric']}
                  headings={['Product', 'Before', 'Now', 'Drop']}
                  rows={report.fallingProducts.map((p) => [p.title, p.before, Math.round((p.before - p.drop) * 100) / 100, p.drop])}
                />
              ) : (
                <Text as="p" tone="subdued">No product's sentiment fell in this period.</Text>
              )}
            </BlockStack>
          </Card>
        </Layout.Section>
        <Layout.Section>
          <Card>
            <BlockStack gap="300">
              <Text as="h2" variant="headingMd">
                Top complaints by aspect
              </Text>
              {report.complaints.length === 0 ? <Text as="p" tone="subdued">No complaints in this period.</Text> : null}
              {report.complaints.slice(0, 7).map((c) => (
                <BlockStack key={c.aspect} gap="100">
                  <InlineStack gap="200" blockAlign="center">
                    <Text as="h3" variant="headingSm">
                      {aspectLabel(c.aspect)}
                    </Text>
                    <Badge tone="critical">{`${c.count}`}</Badge>
                  </InlineStack>
                  {c.quotes.map((q) => (
                    <Text as="p" key={q.reviewId} tone="subdued">
                      “{q.text}” — <em>{q.productHandle}</em>
                    </Text>
                  ))}
                </BlockStack>
              ))}
            </BlockStack>
          </Card>
        </Layout.Section>
        <Layout.Section>
          <Card>
            <BlockStack gap="400">
              <Text as="h2" variant="headingMd">
                Negative reviews to answer
              </Text>
              {report.toAnswer.length === 0 ? <Text as="p" tone="subdued">None in this period.</Text> : null}
              {report.toAnswer.map((r) => (
                <BlockStack key={r.id} gap="200">
                  <Text as="p">
                    <strong>{r.productHandle}</strong> · {r.rating ? '★'.repeat(r.rating) : 'no rating'} · {r.reviewerName || 'anonymous'} · {r.reviewedAt.slice(0, 10)}
                  </Text>
                  <Text as="p">{r.title ? `${r.title} — ${r.body}` : r.body}</Text>
                  {r.replyDraft ? <ReplyDraft draft={r.replyDraft} /> : null}
                </BlockStack>
              ))}
            </BlockStack>
          </Card>
        </Layout.Section>
        <Layout.Section>
          <Card>
            <BlockStack gap="300">
              <Text as="h2" variant="headingMd">
                Flagged reviews
              </Text>
              {report.flagged.length === 0 ? <Text as="p" tone="subdued">Nothing flagged in this period.</Text> : null}
              {report.flagged.map((r) => (
                <BlockStack key={r.id} gap="100">
                  <InlineStack gap="200">
                    {r.flags.map((f) => (
                      <Badge key={f} tone="warning">
                        {FLAG_LABEL[f] ?? f}
                      </Badge>
                    ))}
                    <Text as="span" tone="subdued">
                      {r.productHandle} · {r.reviewedAt.slice(0, 10)}
                    </Text>
                  </InlineStack>
                  <Text as="p">{r.body.length > 300 ? `${r.body.slice(0, 300)}…` : r.body}</Text>
                </BlockStack>
              ))}
            </BlockStack>
          </Card>
        </Layout.Section>
        <Layout.Section>
          <Card>
            <BlockStack gap="300">
              <Text as="h2" variant="headingMd">
                Import reviews
              </Text>
              <Text as="p" tone="subdued">
                Upload a CSV export from Judge.me, Yotpo, Okendo, Loox or Shopify Product Reviews. Reviews are matched to products by id, handle or SKU; importing the same file again adds nothing.
              </Text>
              <upload.Form method="post" encType="multipart/form-data">
                <input type="hidden" name="intent" value="upload" />
                <InlineStack gap="200" blockAlign="center">
                  <input type="file" name="file" accept=".csv,text/csv" aria-label="Review export (CSV)" />
                  <Button submit loading={upload.state !== 'idle'}>
                    Import
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
                    <Badge tone={i.status === 'completed' ? 'success' : i.status === 'failed' ? 'critical' : 'info'}>{i.status}</Badge>
                    <Text as="span" tone="subdued">
                      {`${i.imported} new, ${i.duplicates} already there, ${i.malformed} malformed, ${i.unmatched} unmatched`}
                    </Text>
                  </InlineStack>
                  {i.status === 'running' || i.status === 'pending' ? <ProgressBar progress={i.rowsTotal ? (i.rowsDone / i.rowsTotal) * 100 : 0} size="small" /> : null}
                  {i.error ? <Text as="p" tone="critical">{i.error}</Text> : null}
                  {i.problems.slice(0, 5).map((p) => (
                    <Text as="p" key={`${p.row}-${p.kind}`} tone="subdued">
                      Row {p.row}: {p.reason}
                    </Text>
                  ))}
                  {i.problems.length > 5 ? <Text as="p" tone="subdued">{`… and ${i.malformed + i.unmatched - 5} more`}</Text> : null}
                </BlockStack>
              ))}
            </BlockStack>
          </Card>
        </Layout.Section>
        <Layout.Section>
          <Card>
            <BlockStack gap="300">
              <Text as="h2" variant="headingMd">
                Push API, alerts and analysis
              </Text>
              <Text as="p" tone="subdued">
                Review apps and scripts can send new reviews to <code>POST /api/reviews</code> with the headers <code>X-Aisle-Shop</code> and <code>Authorization: Bearer &lt;token&gt;</code>.{' '}
                {settings.tokenHint ? `Current token ends in …${settings.tokenHint}.` : 'No token yet.'}
              </Text>
              <token.Form method="post">
                <input type="hidden" name="intent" value="rotate-token" />
                <Button submit>{settings.tokenHint ? 'Replace token' : 'Create token'}</Button>
              </token.Form>
              {token.data && 'token' in token.data ? (
                <Banner tone="warning" title="Copy this token now: it is shown only once">
                  <code data-testid="push-token">{String(token.data.token)}</code>
                </Banner>
              ) : null}
              <ClaudeStatusText claude={claude} />
              <save.Form method="post">
                <input type="hidden" name="intent" value="settings" />
                <BlockStack gap="200">
                  <FormField label="E-mail alerts to (needs SMTP configured by the app operator)" name="alertEmail" type="email" initial={settings.alertEmail} />
                  <FormField
                    label="Your own aspects, one per line: name: word, word*"
                    name="customAspects"
                    multiline={3}
                    initial={settings.customAspects.map((a) => `${a.name}: ${a.terms.join(', ')}`).join('\n')}
                    helpText="They apply to reviews analysed from now on."
                  />
                  <InlineStack>
                    <Button submit loading={save.state !== 'idle'}>
                      Save
                    </Button>
                  </InlineStack>
                  {err(save) ? <Banner tone="critical">{err(save)}</Banner> : null}
                </BlockStack>
              </save.Form>
            </BlockStack>
          </Card>
        </Layout.Section>
      </Layout>
    </Page>
  );
}

export const ErrorBoundary = AdminErrorBoundary;
