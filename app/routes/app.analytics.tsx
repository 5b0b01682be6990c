// Analytics: conversations per day, resolution and hand-off rates, top questions and topics,
// languages, products most asked about and recommended, add-to-cart offers, assisted revenue,
// model usage and cost per day. Every figure links to its definition at the bottom of the page.
import type { LoaderFunctionArgs } from '@remix-run/node';
import { useLoaderData, useSearchParams } from '@remix-run/react';
import { lazy, Suspense, useEffect, useState } from 'react';
import { BlockStack, Box, Card, DataTable, InlineGrid, InlineStack, Layout, Link, Page, Select, Text } from '@shopify/polaris';
import { TitleBar } from '@shopify/app-bridge-react';
import { authenticate } from '~/shopify.server';
import { db } from '~/db.server';
import { breakdowns, daily, periodOf, summarize, topQuestions } from '~/admin/analytics.server';
import { refreshFacts } from '~/admin/facts.server';
import { METRICS } from '~/admin/definitions';
import { useI18n } from '~/admin/ui/i18n';
import { AdminErrorBoundary } from '~/admin/ui/error-boundary';
import { Empty } from '~/admin/ui/empty';
import { TitledCard } from '~/admin/ui/titled-card';
import type { ChartProps } from '~/admin/ui/charts.client';

const Chart = lazy(() => import('~/admin/ui/charts.client'));

const PERIODS = [7, 30, 90] as const;

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  const shop = session.shop;
  const asked = Number(new URL(request.url).searchParams.get('days'));
  const days = (PERIODS as readonly number[]).includes(asked) ? asked : 30;
  await refreshFacts(db, shop);
  const period = periodOf(days);
  const [rows, parts, questions, shopRow] = await Promise.all([
    daily(db, shop, period),
    breakdowns(db, shop, period),
    topQuestions(db, shop, period),
    db.shop.findUnique({ where: { domain: shop }, select: { currency: true } }),
  ]);
  return { days, from: period.from.toISOString(), numbers: summarize(rows, shopRow?.currency ?? 'USD'), daily: rows, ...parts, questions };
};

function useHydrated() {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}

/** A fixed-height box, so nothing moves when the chart arrives after hydration. */
function ChartBox(props: ChartProps) {
  const hydrated = useHydrated();
  return (
    <div style={{ height: 240 }}>
      {hydrated ? (
        <Suspense fallback={null}>
          <Chart {...props} />
        </Suspense>
      ) : null}
    </div>
  );
}

function Def({ id }: { id: string }) {
  const { t } = useI18n();
  return (
    <Link url={`#def-${id}`} monochrome>
      {t(`def.${id}.name`)}
    </Link>
  );
}

export default function Analytics() {
  const data = useLoaderData<typeof loader>();
  const { t, formatNumber } = useI18n();
  const [, setParams] = useSearchParams();
  const n = data.numbers;
  const money = (v: number, currency = n.currency) => formatNumber(v, { style: 'currency', currency });
  const pct = (v: number | null) => (v === null ? '—' : formatNumber(v, { style: 'percent', maximumFractionDigits: 0 }));
  const figures: { id: string; value: string }[] = [
    { id: 'conversations', value: formatNumber(n.conversations) },
    { id: 'resolutionRate', value: pct(n.resolutionRate) },
    { id: 'handoffRate', value: pct(n.handoffRate) },
    { id: 'thumbsDown', value: formatNumber(n.thumbsDown) },
    { id: 'addToCart', value: formatNumber(data.addToCartOffers) },
    { id: 'assistedOrders', value: formatNumber(n.assistedOrders) },
    { id: 'assistedRevenue', value: money(n.assistedRevenue) },
    { id: 'modelCost', value: money(n.costUsd, 'USD') },
  ];
  const empty = n.conversations === 0 && n.costUsd === 0 && n.assistedOrders === 0;
  const day = (key: string) => key.slice(5);
  return (
    <Page
      title={t('analytics.title')}
      secondaryActions={
        <div style={{ minWidth: 160 }}>
          <Select
            label={t('analytics.period')}
            labelInline
            options={PERIODS.map((d) => ({ label: t('analytics.lastDays', { days: d }), value: String(d) }))}
            value={String(data.days)}
            onChange={(v) => setParams({ days: v })}
          />
        </div>
      }
    >
      <TitleBar title={t('analytics.title')} />
      <Layout>
        <Layout.Section>
          <Card>
            <InlineGrid columns={{ xs: 2, md: 4 }} gap="400">
              {figures.map((f) => (
                <BlockStack key={f.id} gap="100">
                  <Text as="span" tone="subdued">
                    <Def id={f.id} />
                  </Text>
                  <Text as="p" variant="headingLg">
                    <span data-testid={`analytics-${f.id}`}>{f.value}</span>
                  </Text>
                </BlockStack>
              ))}
            </InlineGrid>
          </Card>
        </Layout.Section>
        {empty ? (
          <Layout.Section>
            <Card>
              <Empty heading={t('analytics.emptyTitle')} action={{ content: t('nav.home'), url: '/app' }}>
                {t('analytics.empty')}
              </Empty>
            </Card>
          </Layout.Section>
        ) : null}
        <Layout.Section>
          <TitledCard
            title={
              <>
                {t('analytics.perDay')} (<Def id="conversations" />, <Def id="handoffRate" />)
              </>
            }
            gap="200"
          >
            <ChartBox
              kind="line"
              series={[
                { name: t('def.conversations.name'), data: data.daily.map((r) => ({ key: day(r.day), value: r.conversations })) },
                { name: t('outcome.resolved'), data: data.daily.map((r) => ({ key: day(r.day), value: r.resolved })) },
                { name: t('outcome.handed_off'), data: data.daily.map((r) => ({ key: day(r.day), value: r.handedOff })) },
              ]}
            />
          </TitledCard>
        </Layout.Section>
        <Layout.Section>
          <InlineGrid columns={{ xs: 1, md: 2 }} gap="400">
            <TitledCard title={<Def id="assistedRevenue" />} gap="200">
              <ChartBox
                kind="bars"
                series={[{ name: t('def.assistedRevenue.name'), data: data.daily.map((r) => ({ key: day(r.day), value: r.revenue })) }]}
                format={(v) => money(v)}
              />
            </TitledCard>
            <TitledCard title={<Def id="modelCost" />} gap="200">
              <ChartBox
                kind="bars"
                series={[
                  {
                    name: t('def.modelCost.name'),
                    data: data.daily.map((r) => ({ key: day(r.day), value: Math.round(r.costUsd * 100) / 100 })),
                  },
                ]}
                format={(v) => money(v, 'USD')}
              />
            </TitledCard>
          </InlineGrid>
        </Layout.Section>
        <Layout.Section>
          <InlineGrid columns={{ xs: 1, md: 2 }} gap="400">
            <TitledCard title={<Def id="topics" />} gap="200">
              <ChartBox
                kind="ranking"
                series={[{ name: t('def.topics.name'), data: data.topics.map((r) => ({ key: t(`topic.${r.key}`), value: r.count })) }]}
              />
            </TitledCard>
            <TitledCard title={<Def id="languages" />} gap="200">
              <ChartBox
                kind="ranking"
                series={[{ name: t('def.languages.name'), data: data.languages.map((r) => ({ key: r.label, value: r.count })) }]}
              />
            </TitledCard>
          </InlineGrid>
        </Layout.Section>
        <Layout.Section>
          <InlineGrid columns={{ xs: 1, md: 3 }} gap="400">
            {[
              { id: 'topQuestions', rows: data.questions },
              { id: 'productsAsked', rows: data.productsAsked },
              { id: 'productsRecommended', rows: data.productsRecommended },
            ].map(({ id, rows }) => (
              <Card key={id}>
                <BlockStack gap="200">
                  <Text as="h2" variant="headingMd">
                    <Def id={id} />
                  </Text>
                  {rows.length ? (
                    <DataTable
                      columnContentTypes={['text', 'numeric']}
                      headings={['', t('analytics.count')]}
                      rows={rows.map((r) => [r.label, formatNumber(r.count)])}
                    />
                  ) : (
                    <Text as="p" tone="subdued">
                      {t('analytics.noData')}
                    </Text>
                  )}
                </BlockStack>
              </Card>
            ))}
          </InlineGrid>
        </Layout.Section>
        <Layout.Section>
          <TitledCard title={t('analytics.definitions')}>
            <Text as="p" tone="subdued">
              {t('analytics.definitionsHelp')}
            </Text>
            {METRICS.map((id) => (
              <Box key={id} id={`def-${id}`}>
                <InlineStack gap="200" wrap={false}>
                  <Text as="p">
                    <strong>{t(`def.${id}.name`)}</strong> — {t(`def.${id}.text`)}
                  </Text>
                </InlineStack>
              </Box>
            ))}
          </TitledCard>
        </Layout.Section>
      </Layout>
    </Page>
  );
}

export const ErrorBoundary = AdminErrorBoundary;
