// The hand-off inbox: shoppers who asked for a person, by status (open, answered, closed), with
// their question and the e-mail to answer on.
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { useFetcher, useLoaderData, useSearchParams } from '@remix-run/react';
import { Badge, BlockStack, Button, ButtonGroup, Card, InlineStack, Link, Page, Pagination, Tabs, Text } from '@shopify/polaris';
import { TitleBar } from '@shopify/app-bridge-react';
import { z } from 'zod';
import { authenticate } from '~/shopify.server';
import { db } from '~/db.server';
import { handoffQuerySchema, listHandoffs, setHandoffStatus } from '~/admin/handoffs.server';
import { HANDOFF_STATUSES } from '~/admin/constants';
import { fail, readBody } from '~/admin/request.server';
import { useI18n } from '~/admin/ui/i18n';
import { AdminErrorBoundary } from '~/admin/ui/error-boundary';
import { Empty } from '~/admin/ui/empty';

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  const url = new URL(request.url);
  const query = handoffQuerySchema.parse({
    status: url.searchParams.get('status') ?? undefined,
    after: url.searchParams.get('after') ?? undefined,
    before: url.searchParams.get('before') ?? undefined,
  });
  return { ...(await listHandoffs(db, session.shop, query)), status: query.status };
};

const statusSchema = z.object({ id: z.string().min(1).max(64), status: z.enum(HANDOFF_STATUSES) });

export const action = async ({ request }: ActionFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  const parsed = statusSchema.safeParse(await readBody(request));
  if (!parsed.success) return fail('status', 422, { error: 'errors.invalid' });
  if (!(await setHandoffStatus(db, session.shop, parsed.data.id, parsed.data.status)))
    return fail('status', 404, { error: 'error.notFound' });
  return { ok: true, intent: 'status' };
};

export default function Handoffs() {
  const { items, nextCursor, prevCursor, counts, status } = useLoaderData<typeof loader>();
  const { t, formatDate } = useI18n();
  const [, setParams] = useSearchParams();
  const fetcher = useFetcher();
  const tabs = HANDOFF_STATUSES.map((s) => ({ id: s, content: `${t(`handoff.status.${s}`)} (${counts[s]})` }));
  return (
    <Page title={t('handoff.title')}>
      <TitleBar title={t('handoff.title')} />
      <Card padding="0">
        <Tabs tabs={tabs} selected={HANDOFF_STATUSES.indexOf(status)} onSelect={(i) => setParams({ status: HANDOFF_STATUSES[i] })}>
          <div style={{ padding: 16 }}>
            {items.length === 0 ? (
              <Empty heading={t(`handoff.empty.${status}`)}>{t('handoff.emptyHelp')}</Empty>
            ) : (
              <BlockStack gap="400">
                {items.map((h) => (
                  <BlockStack key={h.id} gap="200">
                    <InlineStack align="space-between" blockAlign="center">
                      <InlineStack gap="200" blockAlign="center">
                        <Badge tone={h.status === 'open' ? 'attention' : undefined}>{t(`handoff.status.${h.status}`)}</Badge>
                        <Text as="span" tone="subdued">
                          {formatDate(h.createdAt)}
                        </Text>
                      </InlineStack>
                      <ButtonGroup>
                        {HANDOFF_STATUSES.filter((s) => s !== h.status).map((s) => (
                          <Button key={s} size="slim" onClick={() => fetcher.submit({ id: h.id, status: s }, { method: 'post' })}>
                            {t(`handoff.mark.${s}`)}
                          </Button>
                        ))}
                      </ButtonGroup>
                    </InlineStack>
                    <Text as="p">{h.question}</Text>
                    <InlineStack gap="300">
                      <Link url={`mailto:${h.email}`} target="_blank">
                        {h.email}
                      </Link>
                      <Link url={`/app/conversations/${h.conversationId}`}>{t('handoff.viewConversation')}</Link>
                    </InlineStack>
                  </BlockStack>
                ))}
                <InlineStack align="center">
                  <Pagination
                    hasNext={!!nextCursor}
                    onNext={() => nextCursor && setParams({ status, after: nextCursor })}
                    hasPrevious={!!prevCursor}
                    onPrevious={() => prevCursor && setParams({ status, before: prevCursor })}
                  />
                </InlineStack>
              </BlockStack>
            )}
          </div>
        </Tabs>
      </Card>
    </Page>
  );
}

export const ErrorBoundary = AdminErrorBoundary;
