// Safety: flagged and blocked messages with the screen's reasons, blocked sessions with unblock,
// and how sensitive the screen is for this shop.
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { useFetcher, useLoaderData, useSearchParams } from '@remix-run/react';
import { useEffect } from 'react';
import { Badge, BlockStack, Box, Button, Card, ChoiceList, InlineStack, Layout, Link, Page, Pagination, Text } from '@shopify/polaris';
import { TitleBar, useAppBridge } from '@shopify/app-bridge-react';
import { authenticate } from '~/shopify.server';
import { db } from '~/db.server';
import { activeBlocks, getSensitivity, listFlags, sensitivitySchema, setSensitivity, unblock } from '~/admin/safety.server';
import { SENSITIVITIES } from '~/admin/constants';
import { fail, readBody } from '~/admin/request.server';
import { useI18n } from '~/admin/ui/i18n';
import { AdminErrorBoundary } from '~/admin/ui/error-boundary';
import { Empty } from '~/admin/ui/empty';

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  const params = new URL(request.url).searchParams;
  const [flags, blocks, sensitivity] = await Promise.all([
    listFlags(db, session.shop, { after: params.get('after') ?? undefined, before: params.get('before') ?? undefined }),
    activeBlocks(db, session.shop),
    getSensitivity(db, session.shop),
  ]);
  return { flags, blocks, sensitivity };
};

export const action = async ({ request }: ActionFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  const body = await readBody(request);
  const intent = String(body.intent ?? '');
  if (intent === 'unblock')
    return (await unblock(db, session.shop, String(body.id ?? ''))) ? { ok: true, intent } : fail(intent, 404, { error: 'error.notFound' });
  if (intent === 'sensitivity') {
    const parsed = sensitivitySchema.safeParse(body.sensitivity);
    if (!parsed.success) return fail(intent, 422, { error: 'errors.invalid' });
    await setSensitivity(db, session.shop, parsed.data);
    return { ok: true, intent };
  }
  return fail(intent, 400, { error: 'errors.unknownAction' });
};

export default function Safety() {
  const { flags, blocks, sensitivity } = useLoaderData<typeof loader>();
  const { t, formatDate } = useI18n();
  const shopify = useAppBridge();
  const fetcher = useFetcher<{ ok: boolean; intent: string }>();
  const [, setParams] = useSearchParams();
  useEffect(() => {
    if (fetcher.state === 'idle' && fetcher.data?.ok) shopify.toast.show(t(`safety.done.${fetcher.data.intent}`));
  }, [fetcher.state, fetcher.data, shopify, t]);
  return (
    <Page title={t('safety.title')}>
      <TitleBar title={t('safety.title')} />
      <Layout>
        <Layout.Section>
          <Card>
            <BlockStack gap="300">
              <Text as="h2" variant="headingMd">
                {t('safety.flagged')}
              </Text>
              {flags.items.length === 0 ? (
                <Empty heading={t('safety.noFlagsTitle')}>{t('safety.noFlags')}</Empty>
              ) : (
                flags.items.map((f) => (
                  <Box key={f.id} borderBlockStartWidth="025" borderColor="border" paddingBlockStart="300">
                    <BlockStack gap="150">
                      <InlineStack gap="200" blockAlign="center">
                        <Badge tone={f.verdict === 'block' ? 'critical' : 'warning'}>{t(`safety.verdict.${f.verdict}`)}</Badge>
                        {f.categories.map((c) => (
                          <Badge key={c}>{t(`safety.category.${c}`)}</Badge>
                        ))}
                        {f.studio ? <Badge tone="magic">{t('transcript.test')}</Badge> : null}
                        <Text as="span" tone="subdued">
                          {formatDate(f.createdAt)}
                        </Text>
                      </InlineStack>
                      {f.message ? (
                        <Text as="p">
                          <span style={{ whiteSpace: 'pre-wrap' }}>“{f.message}”</span>
                        </Text>
                      ) : null}
                      {f.reasons.length ? (
                        <Text as="p" tone="subdued">
                          {t('safety.reasons', { reasons: f.reasons.join('; ') })}
                        </Text>
                      ) : null}
                      <Link url={`/app/conversations/${f.conversationId}`}>{t('handoff.viewConversation')}</Link>
                    </BlockStack>
                  </Box>
                ))
              )}
              {flags.nextCursor || flags.prevCursor ? (
                <InlineStack align="center">
                  <Pagination
                    hasNext={!!flags.nextCursor}
                    onNext={() => flags.nextCursor && setParams({ after: flags.nextCursor })}
                    hasPrevious={!!flags.prevCursor}
                    onPrevious={() => flags.prevCursor && setParams({ before: flags.prevCursor })}
                  />
                </InlineStack>
              ) : null}
            </BlockStack>
          </Card>
        </Layout.Section>
        <Layout.Section variant="oneThird">
          <BlockStack gap="400">
            <Card>
              <BlockStack gap="300">
                <ChoiceList
                  title={t('safety.sensitivity')}
                  choices={SENSITIVITIES.map((s) => ({
                    label: t(`safety.sensitivity.${s}`),
                    value: s,
                    helpText: t(`safety.sensitivity.${s}.help`),
                  }))}
                  selected={[sensitivity]}
                  onChange={([value]) => fetcher.submit({ intent: 'sensitivity', sensitivity: value }, { method: 'post' })}
                />
              </BlockStack>
            </Card>
            <Card>
              <BlockStack gap="300">
                <Text as="h2" variant="headingMd">
                  {t('safety.blocked')}
                </Text>
                {blocks.length === 0 ? (
                  <Text as="p" tone="subdued">
                    {t('safety.noBlocks')}
                  </Text>
                ) : (
                  blocks.map((b) => (
                    <BlockStack key={b.id} gap="100">
                      <InlineStack align="space-between" blockAlign="center">
                        <Text as="span" fontWeight="semibold">
                          {b.kind === 'conversation' ? (
                            <Link url={`/app/conversations/${b.value}`}>{t('safety.blockedConversation')}</Link>
                          ) : (
                            t('safety.blockedIp', { hash: b.value })
                          )}
                        </Text>
                        <Button size="slim" onClick={() => fetcher.submit({ intent: 'unblock', id: b.id }, { method: 'post' })}>
                          {t('safety.unblock')}
                        </Button>
                      </InlineStack>
                      <Text as="p" tone="subdued">
                        {t('safety.blockedUntil', { until: formatDate(b.until), reason: b.reason })}
                      </Text>
                    </BlockStack>
                  ))
                )}
              </BlockStack>
            </Card>
          </BlockStack>
        </Layout.Section>
      </Layout>
    </Page>
  );
}

export const ErrorBoundary = AdminErrorBoundary;
