// Conversations: every shopper chat, newest first, with filters (date, language, outcome,
// sentiment, flagged, order-related, thumbs down) and search; keyset pages hold at any size.
import type { LoaderFunctionArgs } from '@remix-run/node';
import { useLoaderData, useNavigate, useNavigation, useSearchParams, useSubmit } from '@remix-run/react';
import {
  Badge,
  BlockStack,
  Card,
  Checkbox,
  IndexTable,
  InlineStack,
  Link,
  Page,
  Pagination,
  Select,
  Text,
  TextField,
} from '@shopify/polaris';
import { TitleBar } from '@shopify/app-bridge-react';
import { useState } from 'react';
import { authenticate } from '~/shopify.server';
import { db } from '~/db.server';
import { filtersFromUrl, listConversations } from '~/admin/conversations.server';
import { refreshFacts } from '~/admin/facts.server';
import { useI18n } from '~/admin/ui/i18n';
import { AdminErrorBoundary } from '~/admin/ui/error-boundary';
import { Empty } from '~/admin/ui/empty';
import { OutcomeBadge } from '~/admin/ui/badges';

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  await refreshFacts(db, session.shop);
  const filters = filtersFromUrl(new URL(request.url));
  const [page, shop] = await Promise.all([
    listConversations(db, session.shop, filters),
    db.shop.findUnique({ where: { domain: session.shop }, select: { locales: true } }),
  ]);
  return { ...page, filters, locales: JSON.parse(shop?.locales ?? '["en"]') as string[] };
};

export default function Conversations() {
  const { items, nextCursor, prevCursor, filters, locales } = useLoaderData<typeof loader>();
  const { t, formatDate } = useI18n();
  const submit = useSubmit();
  const navigation = useNavigation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [q, setQ] = useState(filters.q ?? '');
  const apply = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    next.delete('after');
    next.delete('before');
    if (value) next.set(key, value);
    else next.delete(key);
    submit(next, { method: 'get', replace: true });
  };
  const pageTo = (key: 'after' | 'before', cursor: string) => {
    const next = new URLSearchParams(params);
    next.delete('after');
    next.delete('before');
    next.set(key, cursor);
    submit(next, { method: 'get' });
  };
  // From the parsed filters, not the raw URL: Shopify adds its own parameters (host, shop…).
  const filtered = Object.entries(filters).some(([k, v]) => k !== 'after' && k !== 'before' && !!v);

  return (
    <Page title={t('conversations.title')} fullWidth>
      <TitleBar title={t('conversations.title')} />
      <BlockStack gap="400">
        <Card>
          <BlockStack gap="300">
            <form
              onSubmit={(e) => {
                e.preventDefault();
                apply('q', q.trim());
              }}
            >
              <TextField
                label={t('conversations.search')}
                labelHidden
                placeholder={t('conversations.searchPlaceholder')}
                value={q}
                onChange={setQ}
                autoComplete="off"
                clearButton
                onClearButtonClick={() => {
                  setQ('');
                  apply('q', undefined);
                }}
              />
            </form>
            <InlineStack gap="300" wrap blockAlign="end">
              <TextField
                label={t('conversations.from')}
                type="date"
                value={filters.from ?? ''}
                onChange={(v) => apply('from', v)}
                autoComplete="off"
              />
              <TextField
                label={t('conversations.to')}
                type="date"
                value={filters.to ?? ''}
                onChange={(v) => apply('to', v)}
                autoComplete="off"
              />
              <Select
                label={t('conversations.language')}
                options={[{ label: t('common.all'), value: '' }, ...locales.map((l) => ({ label: l, value: l }))]}
                value={filters.language ?? ''}
                onChange={(v) => apply('language', v)}
              />
              <Select
                label={t('conversations.outcome')}
                options={[
                  { label: t('common.all'), value: '' },
                  ...(['resolved', 'handed_off', 'abandoned', 'open'] as const).map((o) => ({ label: t(`outcome.${o}`), value: o })),
                ]}
                value={filters.outcome ?? ''}
                onChange={(v) => apply('outcome', v)}
              />
              <Select
                label={t('conversations.sentiment')}
                options={[
                  { label: t('common.all'), value: '' },
                  ...(['positive', 'neutral', 'negative'] as const).map((o) => ({ label: t(`sentiment.${o}`), value: o })),
                ]}
                value={filters.sentiment ?? ''}
                onChange={(v) => apply('sentiment', v)}
              />
              <Checkbox
                label={t('conversations.flagged')}
                checked={!!filters.flagged}
                onChange={(v) => apply('flagged', v ? '1' : undefined)}
              />
              <Checkbox
                label={t('conversations.orders')}
                checked={!!filters.orders}
                onChange={(v) => apply('orders', v ? '1' : undefined)}
              />
              <Checkbox
                label={t('conversations.thumbsDown')}
                checked={!!filters.thumbsDown}
                onChange={(v) => apply('thumbsDown', v ? '1' : undefined)}
              />
            </InlineStack>
          </BlockStack>
        </Card>
        <Card padding="0">
          {items.length === 0 ? (
            <Empty
              heading={filtered ? t('conversations.noMatchTitle') : t('conversations.emptyTitle')}
              action={
                filtered
                  ? { content: t('common.clear'), url: '/app/conversations' }
                  : { content: t('conversations.openStore'), url: '/', target: '_blank' }
              }
            >
              {filtered ? t('conversations.noMatch') : t('conversations.empty')}
            </Empty>
          ) : (
            <IndexTable
              resourceName={{ singular: t('conversations.one'), plural: t('conversations.many') }}
              itemCount={items.length}
              selectable={false}
              loading={navigation.state === 'loading'}
              headings={[
                { title: t('conversations.started') },
                { title: t('conversations.firstMessage') },
                { title: t('conversations.language') },
                { title: t('conversations.outcome') },
                { title: t('conversations.turns') },
                { title: t('conversations.shopper') },
              ]}
            >
              {items.map((c, i) => (
                <IndexTable.Row id={c.id} key={c.id} position={i} onClick={() => navigate(`/app/conversations/${c.id}`)}>
                  <IndexTable.Cell>
                    <Link url={`/app/conversations/${c.id}`} dataPrimaryLink monochrome removeUnderline>
                      {formatDate(c.createdAt)}
                    </Link>
                  </IndexTable.Cell>
                  <IndexTable.Cell>
                    <BlockStack gap="100">
                      <Text as="span" truncate>
                        {c.preview || '—'}
                      </Text>
                      <InlineStack gap="100">
                        {c.flagged ? <Badge tone="critical">{t('conversations.flaggedBadge')}</Badge> : null}
                        {c.thumbsDown ? <Badge tone="warning">{t('conversations.thumbsDownBadge')}</Badge> : null}
                        {c.orderRelated ? <Badge>{t('conversations.orderBadge')}</Badge> : null}
                        {c.topic ? <Badge tone="info">{t(`topic.${c.topic}`)}</Badge> : null}
                      </InlineStack>
                    </BlockStack>
                  </IndexTable.Cell>
                  <IndexTable.Cell>{c.locale}</IndexTable.Cell>
                  <IndexTable.Cell>
                    <OutcomeBadge outcome={c.outcome} />
                  </IndexTable.Cell>
                  <IndexTable.Cell>{c.turns}</IndexTable.Cell>
                  <IndexTable.Cell>{c.email ?? (c.customer ? t('conversations.customer') : t('conversations.guest'))}</IndexTable.Cell>
                </IndexTable.Row>
              ))}
            </IndexTable>
          )}
          {items.length ? (
            <div style={{ padding: 12, display: 'flex', justifyContent: 'center' }}>
              <Pagination
                hasPrevious={!!prevCursor}
                onPrevious={() => prevCursor && pageTo('before', prevCursor)}
                hasNext={!!nextCursor}
                onNext={() => nextCursor && pageTo('after', nextCursor)}
                previousTooltip={t('common.previous')}
                nextTooltip={t('common.next')}
              />
            </div>
          ) : null}
        </Card>
      </BlockStack>
    </Page>
  );
}

export const ErrorBoundary = AdminErrorBoundary;
