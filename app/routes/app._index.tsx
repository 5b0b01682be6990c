// Admin home: is Aisle installed and is the catalog in sync? Real numbers from the database, a
// re-sync button, and the deep link that turns the chat on in the theme.
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { useFetcher, useLoaderData, useRevalidator } from '@remix-run/react';
import { useEffect } from 'react';
import { Badge, BlockStack, Banner, Button, Card, InlineStack, Layout, Page, Text } from '@shopify/polaris';
import { TitleBar, useAppBridge } from '@shopify/app-bridge-react';
import { authenticate } from '~/shopify.server';
import { db } from '~/db.server';
import { getSyncStatus, requestSync } from '~/catalog/sync/jobs';
import { kickJobs } from '~/jobs.server';
import { appEmbedDeepLink } from '~/shopify/theme-editor';

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  const [status, shop] = await Promise.all([getSyncStatus(db, session.shop), db.shop.findUnique({ where: { domain: session.shop } })]);
  return {
    shop: session.shop,
    shopName: shop?.name || session.shop,
    status: { ...status, lastSyncAt: status.lastSyncAt?.toISOString() ?? null },
    embedLink: appEmbedDeepLink(session.shop, process.env.SHOPIFY_API_KEY ?? ''),
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

const STATE_BADGE = {
  never: { tone: undefined, label: 'Not synced yet' },
  pending: { tone: 'attention', label: 'Queued' },
  running: { tone: 'info', label: 'Syncing' },
  completed: { tone: 'success', label: 'In sync' },
  failed: { tone: 'critical', label: 'Failed' },
} as const;

export default function Home() {
  const { shopName, status, embedLink } = useLoaderData<typeof loader>();
  const fetcher = useFetcher<typeof action>();
  const revalidator = useRevalidator();
  const shopify = useAppBridge();
  const busy = status.state === 'pending' || status.state === 'running' || fetcher.state !== 'idle';

  useEffect(() => {
    if (fetcher.data && 'jobId' in fetcher.data) shopify.toast.show('Catalog sync started');
  }, [fetcher.data, shopify]);

  // While a sync runs, refresh the numbers every few seconds.
  useEffect(() => {
    if (!busy) return;
    const t = setInterval(() => revalidator.revalidate(), 3000);
    return () => clearInterval(t);
  }, [busy, revalidator]);

  const badge = STATE_BADGE[status.state];
  return (
    <Page>
      <TitleBar title="Aisle" />
      <Layout>
        <Layout.Section>
          <Card>
            <BlockStack gap="300">
              <InlineStack align="space-between" blockAlign="center">
                <Text as="h2" variant="headingMd">
                  Catalog
                </Text>
                <Badge tone={badge.tone}>{badge.label}</Badge>
              </InlineStack>
              <Text as="p">
                <strong data-testid="products-indexed">{status.productsIndexed}</strong> products indexed for {shopName}
                {status.progress && status.state !== 'failed' ? ` (${status.progress.productsSynced} synced so far)` : ''}.
              </Text>
              <Text as="p" tone="subdued">
                Last full sync: {status.lastSyncAt ? new Date(status.lastSyncAt).toLocaleString() : 'never'} · {status.policies} store policies
              </Text>
              {status.state === 'failed' && status.error ? (
                <Banner tone="critical" title="The last sync failed">
                  <p>{status.error}</p>
                </Banner>
              ) : null}
              <InlineStack>
                <fetcher.Form method="post">
                  <input type="hidden" name="intent" value="resync" />
                  <Button submit loading={busy} disabled={busy}>
                    Re-sync catalog
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
                Turn on the chat
              </Text>
              <Text as="p">Enable the Aisle chat in your theme's App embeds, then save the theme.</Text>
              <Button url={embedLink} target="_blank" variant="primary">
                Open theme editor
              </Button>
            </BlockStack>
          </Card>
        </Layout.Section>
      </Layout>
    </Page>
  );
}
