// Admin home: the setup guide with real state, the catalog's sync status with a re-sync button,
// key numbers for the last 7 and 30 days, and alerts that need the merchant.
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { useFetcher, useLoaderData, useRevalidator } from '@remix-run/react';
import { useEffect, useState } from 'react';
import {
  Badge,
  BlockStack,
  Banner,
  Button,
  Card,
  InlineGrid,
  InlineStack,
  Layout,
  Link,
  Page,
  ProgressBar,
  Tabs,
  Text,
} from '@shopify/polaris';
import { TitleBar, useAppBridge } from '@shopify/app-bridge-react';
import { authenticate } from '~/shopify.server';
import { db } from '~/db.server';
import { getSyncStatus, requestSync } from '~/catalog/sync/jobs';
import { kickJobs } from '~/jobs.server';
import { appEmbedDeepLink } from '~/shopify/theme-editor';
import { refreshFacts } from '~/admin/facts.server';
import { alerts, homeNumbers, setupSteps } from '~/admin/home.server';
import type { KeyNumbers } from '~/admin/analytics.server';
import { useI18n } from '~/admin/ui/i18n';
import { AdminErrorBoundary } from '~/admin/ui/error-boundary';

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  await refreshFacts(db, session.shop);
  const [status, shop, steps, numbers, alertList] = await Promise.all([
    getSyncStatus(db, session.shop),
    db.shop.findUnique({ where: { domain: session.shop } }),
    setupSteps(db, session.shop),
    homeNumbers(db, session.shop),
    alerts(db, session.shop),
  ]);
  return {
    shop: session.shop,
    shopName: shop?.name || session.shop,
    status: { ...status, lastSyncAt: status.lastSyncAt?.toISOString() ?? null },
    embedLink: appEmbedDeepLink(session.shop, process.env.SHOPIFY_API_KEY ?? ''),
    steps,
    numbers,
    alerts: alertList,
  };
};

export const action = async ({ request }: ActionFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  const form = await request.formData();
  if (form.get('intent') !== 'resync') return Response.json({ error: 'Unknown action' }, { status: 400 });
  const jobId = await requestSync(db, session.shop);
  kickJobs();
  return { jobId };
};

const STATE_TONE = { never: undefined, pending: 'attention', running: 'info', completed: 'success', failed: 'critical' } as const;
const STEP_URL: Record<string, string> = { configure: '/app/settings', test: '/app/studio' };

export default function Home() {
  const { shopName, status, embedLink, steps, numbers, alerts: alertList } = useLoaderData<typeof loader>();
  const { t, formatDate } = useI18n();
  const fetcher = useFetcher<typeof action>();
  const revalidator = useRevalidator();
  const shopify = useAppBridge();
  const busy = status.state === 'pending' || status.state === 'running' || fetcher.state !== 'idle';

  useEffect(() => {
    if (fetcher.data && 'jobId' in fetcher.data) shopify.toast.show(t('home.syncStarted'));
  }, [fetcher.data, shopify, t]);

  // While a sync runs, refresh the numbers every few seconds.
  useEffect(() => {
    if (!busy) return;
    const timer = setInterval(() => revalidator.revalidate(), 3000);
    return () => clearInterval(timer);
  }, [busy, revalidator]);

  const done = steps.filter((s) => s.done).length;
  return (
    <Page title={t('home.title', { shop: shopName })}>
      <TitleBar title="Aisle" />
      <Layout>
        {alertList.map((a) => (
          <Layout.Section key={a.id}>
            <Banner
              tone={a.tone}
              title={t(`alert.${a.id}`, a.values)}
              action={a.url ? { content: t(`alert.${a.id}.action`), url: a.url } : undefined}
            />
          </Layout.Section>
        ))}
        <Layout.Section>
          <Card>
            <BlockStack gap="300">
              <InlineStack align="space-between" blockAlign="center">
                <Text as="h2" variant="headingMd">
                  {t('home.setup')}
                </Text>
                <Text as="span" tone="subdued">
                  {t('home.setupProgress', { done, total: steps.length })}
                </Text>
              </InlineStack>
              <ProgressBar progress={(done / steps.length) * 100} size="small" tone="primary" />
              {steps.map((s) => (
                <InlineStack key={s.id} gap="300" blockAlign="center" wrap={false}>
                  <div style={{ width: 20 }}>
                    {s.done ? (
                      <span aria-hidden style={{ color: '#29845a', fontWeight: 700 }}>
                        ✓
                      </span>
                    ) : (
                      <span
                        aria-hidden
                        style={{ display: 'inline-block', width: 16, height: 16, border: '2px dashed #8a8a8a', borderRadius: 8 }}
                      />
                    )}
                  </div>
                  <BlockStack gap="050">
                    <Text as="p" fontWeight="semibold" tone={s.done ? 'subdued' : undefined}>
                      <span data-testid={`setup-${s.id}`} data-done={s.done ? 'yes' : 'no'}>
                        {t(`home.step.${s.id}`)}
                      </span>
                    </Text>
                    {!s.done ? (
                      <Text as="p" tone="subdued">
                        {t(`home.step.${s.id}.help`)}{' '}
                        {s.id === 'embed' ? (
                          <Link url={embedLink} target="_blank">
                            {t('home.step.embed.action')}
                          </Link>
                        ) : STEP_URL[s.id] ? (
                          <Link url={STEP_URL[s.id]}>{t(`home.step.${s.id}.action`)}</Link>
                        ) : null}
                      </Text>
                    ) : null}
                  </BlockStack>
                </InlineStack>
              ))}
            </BlockStack>
          </Card>
        </Layout.Section>
        <Layout.Section>
          <NumbersCard week={numbers.week} month={numbers.month} />
        </Layout.Section>
        <Layout.Section>
          <Card>
            <BlockStack gap="300">
              <InlineStack align="space-between" blockAlign="center">
                <Text as="h2" variant="headingMd">
                  {t('home.catalog')}
                </Text>
                <Badge tone={STATE_TONE[status.state]}>{t(`home.sync.${status.state}`)}</Badge>
              </InlineStack>
              <Text as="p">
                {t('home.productsIndexedBefore', { shop: shopName })}
                <strong data-testid="products-indexed">{status.productsIndexed}</strong>
                {t('home.productsIndexedAfter', { shop: shopName })}
                {status.progress && status.state !== 'failed' ? ` ${t('home.syncedSoFar', { count: status.progress.productsSynced })}` : ''}
              </Text>
              <Text as="p" tone="subdued">
                {t('home.lastSync', {
                  when: status.lastSyncAt ? formatDate(status.lastSyncAt) : t('home.never'),
                  policies: status.policies,
                })}
              </Text>
              {status.state === 'failed' && status.error ? (
                <Banner tone="critical" title={t('home.syncFailed')}>
                  <p>{status.error}</p>
                </Banner>
              ) : null}
              <InlineStack>
                <fetcher.Form method="post">
                  <input type="hidden" name="intent" value="resync" />
                  <Button submit loading={busy} disabled={busy}>
                    {t('home.resync')}
                  </Button>
                </fetcher.Form>
              </InlineStack>
            </BlockStack>
          </Card>
        </Layout.Section>
        <Layout.Section variant="oneThird">
          <Card>
            <BlockStack gap="300">
              <Text as="h2" variant="headingMd">
                {t('home.turnOn')}
              </Text>
              <Text as="p">{t('home.turnOnHelp')}</Text>
              <Button url={embedLink} target="_blank" variant="primary">
                {t('home.openThemeEditor')}
              </Button>
            </BlockStack>
          </Card>
        </Layout.Section>
      </Layout>
    </Page>
  );
}

function NumbersCard({ week, month }: { week: KeyNumbers; month: KeyNumbers }) {
  const { t, formatNumber } = useI18n();
  const [tab, setTab] = useState(0);
  const n = tab === 0 ? week : month;
  const pct = (v: number | null) => (v === null ? '—' : formatNumber(v, { style: 'percent', maximumFractionDigits: 0 }));
  const figures = [
    { id: 'conversations', value: formatNumber(n.conversations) },
    { id: 'resolutionRate', value: pct(n.resolutionRate) },
    { id: 'handoffRate', value: pct(n.handoffRate) },
    { id: 'assistedRevenue', value: formatNumber(n.assistedRevenue, { style: 'currency', currency: n.currency }) },
    { id: 'modelCost', value: formatNumber(n.costUsd, { style: 'currency', currency: 'USD' }) },
  ];
  return (
    <Card>
      <BlockStack gap="300">
        <InlineStack align="space-between" blockAlign="center">
          <Text as="h2" variant="headingMd">
            {t('home.numbers')}
          </Text>
          <Link url="/app/analytics">{t('home.allAnalytics')}</Link>
        </InlineStack>
        <Tabs
          tabs={[
            { id: '7', content: t('home.last7') },
            { id: '30', content: t('home.last30') },
          ]}
          selected={tab}
          onSelect={setTab}
        />
        <InlineGrid columns={{ xs: 2, md: 5 }} gap="400">
          {figures.map((f) => (
            <BlockStack key={f.id} gap="100">
              <Text as="span" tone="subdued">
                <Link url={`/app/analytics#def-${f.id}`} monochrome removeUnderline>
                  {t(`def.${f.id}.name`)}
                </Link>
              </Text>
              <Text as="p" variant="headingLg">
                <span data-testid={`number-${f.id}`}>{f.value}</span>
              </Text>
            </BlockStack>
          ))}
        </InlineGrid>
      </BlockStack>
    </Card>
  );
}

export const ErrorBoundary = AdminErrorBoundary;
