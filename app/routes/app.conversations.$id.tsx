// One conversation: the transcript with the tools the assistant used and the products it showed,
// hand-offs and safety flags, and "this reply was wrong" → a test case for the prompt studio.
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { useFetcher, useLoaderData } from '@remix-run/react';
import { useEffect, useState } from 'react';
import { Badge, Banner, BlockStack, Box, Button, Card, InlineStack, Layout, Link, Page, Text, TextField } from '@shopify/polaris';
import { TitleBar, useAppBridge } from '@shopify/app-bridge-react';
import { authenticate } from '~/shopify.server';
import { db } from '~/db.server';
import { getTranscript, testCaseFromReply, testCaseFromReplySchema } from '~/admin/conversations.server';
import { fieldErrors, type FieldErrors } from '~/admin/field-errors';
import { fail, readBody } from '~/admin/request.server';
import { useI18n } from '~/admin/ui/i18n';
import { AdminErrorBoundary } from '~/admin/ui/error-boundary';
import { OutcomeBadge } from '~/admin/ui/badges';

export const loader = async ({ request, params }: LoaderFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  const transcript = await getTranscript(db, session.shop, String(params.id ?? ''));
  // Another shop's conversation id is indistinguishable from one that doesn't exist.
  if (!transcript) throw new Response('Not found', { status: 404 });
  return { ...transcript, shop: session.shop };
};

export const action = async ({ request, params }: ActionFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  const body = await readBody(request);
  if (body.intent !== 'make-test') return fail(String(body.intent ?? ''), 400, { error: 'errors.unknownAction' });
  const parsed = testCaseFromReplySchema.safeParse(body);
  if (!parsed.success) return fail('make-test', 422, { errors: fieldErrors(parsed.error.issues) });
  const created = await testCaseFromReply(db, session.shop, String(params.id ?? ''), parsed.data);
  if (!created) return fail('make-test', 404, { error: 'error.notFound' });
  return { ok: true, intent: 'make-test', data: { id: created.id } };
};

type ActionData = { ok: boolean; intent: string; errors?: FieldErrors; error?: string };

export default function ConversationPage() {
  const { conversation, messages, handoffs, flags, shop } = useLoaderData<typeof loader>();
  const { t, formatDate, formatNumber } = useI18n();
  return (
    <Page
      title={t('transcript.title')}
      subtitle={formatDate(conversation.createdAt)}
      backAction={{ content: t('nav.conversations'), url: '/app/conversations' }}
    >
      <TitleBar title={t('transcript.title')} />
      <Layout>
        <Layout.Section>
          <Card>
            <BlockStack gap="400">
              {messages.length === 0 ? <Text as="p">{t('transcript.empty')}</Text> : null}
              {messages.map((m) => (
                <Box
                  key={m.id}
                  padding="300"
                  borderRadius="200"
                  background={m.role === 'user' ? 'bg-surface-secondary' : 'bg-surface'}
                  borderWidth="025"
                  borderColor={m.flagged ? 'border-critical' : 'border'}
                >
                  <BlockStack gap="200">
                    <InlineStack align="space-between">
                      <Text as="span" fontWeight="semibold">
                        {m.role === 'user' ? t('transcript.shopper') : t('transcript.assistant')}
                      </Text>
                      <InlineStack gap="100">
                        {m.engine ? <Badge>{t(`engine.${m.engine}`)}</Badge> : null}
                        {m.fallback ? <Badge tone="warning">{t('transcript.fallback')}</Badge> : null}
                        {m.feedback === -1 ? <Badge tone="critical">{t('transcript.thumbsDown')}</Badge> : null}
                        {m.feedback === 1 ? <Badge tone="success">{t('transcript.thumbsUp')}</Badge> : null}
                        {m.safety ? <Badge tone="critical">{t('transcript.flagged', { categories: m.safety.join(', ') })}</Badge> : null}
                        <Text as="span" tone="subdued">
                          {formatDate(m.createdAt, { timeStyle: 'short' })}
                        </Text>
                      </InlineStack>
                    </InlineStack>
                    <Text as="p">
                      <span style={{ whiteSpace: 'pre-wrap' }}>{m.content}</span>
                    </Text>
                    {m.tools.length ? (
                      <InlineStack gap="100">
                        <Text as="span" tone="subdued">
                          {t('transcript.tools')}
                        </Text>
                        {m.tools.map((tool, i) => (
                          <Badge key={i} tone={tool.ok ? 'info' : 'critical'}>
                            {tool.ok ? tool.name : `${tool.name} (${tool.error ?? 'failed'})`}
                          </Badge>
                        ))}
                      </InlineStack>
                    ) : null}
                    {m.products.length ? (
                      <BlockStack gap="100">
                        <Text as="span" tone="subdued">
                          {t('transcript.products')}
                        </Text>
                        {m.products.map((p) => (
                          <Text as="p" key={p.handle}>
                            {p.title} · {formatNumber(p.price, { style: 'currency', currency: p.currency || 'USD' })}{' '}
                            <Text as="span" tone="subdued">
                              ({p.handle})
                            </Text>
                          </Text>
                        ))}
                      </BlockStack>
                    ) : null}
                    {m.role === 'assistant' ? <MarkWrong messageId={m.id} existing={m.testCaseId} /> : null}
                  </BlockStack>
                </Box>
              ))}
            </BlockStack>
          </Card>
        </Layout.Section>
        <Layout.Section variant="oneThird">
          <BlockStack gap="400">
            <Card>
              <BlockStack gap="200">
                <Text as="h2" variant="headingSm">
                  {t('transcript.details')}
                </Text>
                <InlineStack gap="200">
                  <OutcomeBadge outcome={conversation.outcome} />
                  {conversation.topic ? <Badge tone="info">{t(`topic.${conversation.topic}`)}</Badge> : null}
                  {conversation.sentiment ? <Badge>{t(`sentiment.${conversation.sentiment}`)}</Badge> : null}
                  {conversation.test ? <Badge tone="magic">{t('transcript.test')}</Badge> : null}
                </InlineStack>
                <Text as="p">{t('transcript.language', { language: conversation.locale })}</Text>
                <Text as="p">
                  {conversation.customerId ? (
                    <Link url={`https://${shop}/admin/customers/${conversation.customerId}`} target="_blank">
                      {t('transcript.customerLink')}
                    </Link>
                  ) : (
                    t('conversations.guest')
                  )}
                  {conversation.email ? ` · ${conversation.email}` : ''}
                </Text>
                <Text as="p" tone="subdued">
                  {t('transcript.privacy')}
                </Text>
              </BlockStack>
            </Card>
            {handoffs.length ? (
              <Card>
                <BlockStack gap="200">
                  <Text as="h2" variant="headingSm">
                    {t('nav.handoffs')}
                  </Text>
                  {handoffs.map((h) => (
                    <BlockStack key={h.id} gap="100">
                      <InlineStack gap="200">
                        <Badge tone={h.status === 'open' ? 'attention' : undefined}>{t(`handoff.status.${h.status}`)}</Badge>
                        <Link url={`/app/handoffs?status=${h.status}`}>{t('handoff.openInbox')}</Link>
                      </InlineStack>
                      <Text as="p">{h.question}</Text>
                    </BlockStack>
                  ))}
                </BlockStack>
              </Card>
            ) : null}
            {flags.length ? (
              <Card>
                <BlockStack gap="200">
                  <Text as="h2" variant="headingSm">
                    {t('nav.safety')}
                  </Text>
                  {flags.map((f) => (
                    <Text as="p" key={f.id}>
                      {t(`safety.verdict.${f.verdict}`)}: {f.categories.join(', ')} · {formatDate(f.createdAt)}
                    </Text>
                  ))}
                </BlockStack>
              </Card>
            ) : null}
          </BlockStack>
        </Layout.Section>
      </Layout>
    </Page>
  );
}

function MarkWrong({ messageId, existing }: { messageId: string; existing: string | null }) {
  const { t } = useI18n();
  const shopify = useAppBridge();
  const fetcher = useFetcher<ActionData>();
  const [open, setOpen] = useState(false);
  const [mustContain, setMustContain] = useState('');
  const [mustNotContain, setMustNotContain] = useState('');
  const done = fetcher.data?.ok === true;
  useEffect(() => {
    if (fetcher.state === 'idle' && fetcher.data?.ok) {
      setOpen(false);
      shopify.toast.show(t('transcript.testCreated'));
    }
  }, [fetcher.state, fetcher.data, shopify, t]);
  if (existing || done) {
    return (
      <InlineStack>
        <Badge tone="magic">{t('transcript.isTest')}</Badge>
        <Link url="/app/studio">{t('transcript.openStudio')}</Link>
      </InlineStack>
    );
  }
  if (!open)
    return (
      <InlineStack>
        <Button size="slim" variant="plain" onClick={() => setOpen(true)}>
          {t('transcript.markWrong')}
        </Button>
      </InlineStack>
    );
  const errors = fetcher.data && !fetcher.data.ok ? (fetcher.data.errors ?? {}) : {};
  return (
    <Card background="bg-surface-secondary">
      <BlockStack gap="200">
        <Text as="p">{t('transcript.markWrongHelp')}</Text>
        {fetcher.data && !fetcher.data.ok && fetcher.data.error ? <Banner tone="critical" title={t(fetcher.data.error)} /> : null}
        <TextField
          label={t('studio.case.mustContain')}
          helpText={t('studio.case.onePerLine')}
          value={mustContain}
          onChange={setMustContain}
          multiline={2}
          autoComplete="off"
          error={errors.mustContain ? t(errors.mustContain.key, errors.mustContain.values) : undefined}
        />
        <TextField
          label={t('studio.case.mustNotContain')}
          value={mustNotContain}
          onChange={setMustNotContain}
          multiline={2}
          autoComplete="off"
        />
        <InlineStack gap="200">
          <Button
            variant="primary"
            loading={fetcher.state !== 'idle'}
            onClick={() => fetcher.submit({ intent: 'make-test', messageId, mustContain, mustNotContain }, { method: 'post' })}
          >
            {t('transcript.createTest')}
          </Button>
          <Button onClick={() => setOpen(false)}>{t('common.cancel')}</Button>
        </InlineStack>
      </BlockStack>
    </Card>
  );
}

export const ErrorBoundary = AdminErrorBoundary;
