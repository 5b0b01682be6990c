// Prompt studio: edit a draft of the assistant's instructions, try the draft and the live version
// side by side on the same questions (streamed, real catalog, real pipeline), keep test questions
// with expectations and run them against the draft before publishing, publish the draft as a new
// version, and read the history (who, when, what changed) with one-click rollback.
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { useFetcher, useLoaderData } from '@remix-run/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  Badge,
  Banner,
  BlockStack,
  Box,
  Button,
  ButtonGroup,
  Card,
  Collapsible,
  InlineGrid,
  InlineStack,
  Layout,
  Page,
  Spinner,
  Text,
  TextField,
} from '@shopify/polaris';
import { SaveBar, TitleBar, useAppBridge } from '@shopify/app-bridge-react';
import { z } from 'zod';
import { authenticate } from '~/shopify.server';
import { db } from '~/db.server';
import { DEFAULT_SETTINGS, settingsSchema } from '~/assistant/settings';
import { turnDeps } from '~/assistant/services.server';
import type { AssistantSettings } from '~/assistant/types';
import { evalCaseSchema, type EvalCase } from '~/eval/cases';
import { discardDraft, getDraft, liveSettings, listVersions, publishDraft, rollbackTo, saveDraft } from '~/admin/prompt-versions.server';
import { listCases, MAX_CASES, runCases, studioDeps, type CaseRun } from '~/admin/studio.server';
import { diffSettings, type Change } from '~/admin/settings-diff';
import { fieldErrors, type FieldErrors } from '~/admin/field-errors';
import { authorOf, fail, readBody } from '~/admin/request.server';
import { useI18n } from '~/admin/ui/i18n';
import { AdminErrorBoundary } from '~/admin/ui/error-boundary';
import { Empty } from '~/admin/ui/empty';

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  const shop = session.shop;
  const [draft, live, versions, cases] = await Promise.all([
    getDraft(db, shop),
    liveSettings(db, shop),
    listVersions(db, shop, 30),
    listCases(db, shop),
  ]);
  // Each version's changes against the one before it; version 1 against the defaults it replaced.
  const before = (i: number) => versions[i + 1]?.settings ?? (versions[i].version === 1 ? DEFAULT_SETTINGS : null);
  const history = versions.map((v, i) => ({ ...v, changes: before(i) ? diffSettings(before(i)!, v.settings) : [] }));
  return { draft, live, liveVersion: versions[0]?.version ?? 0, history, cases, draftChanges: diffSettings(live, draft.settings) };
};

const caseFormSchema = z.object({
  questions: z.string().trim().min(1).max(4000),
  mustContain: z.string().max(1000).default(''),
  mustNotContain: z.string().max(1000).default(''),
  language: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string()
      .regex(/^[a-z]{2}$/)
      .optional(),
  ),
  product: z.preprocess((v) => (v === '' ? undefined : v), z.string().max(200).optional()),
});

const lines = (s: string) =>
  s
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean);

export const action = async ({ request }: ActionFunctionArgs) => {
  const auth = await authenticate.admin(request);
  const shop = auth.session.shop;
  const body = await readBody(request);
  const intent = String(body.intent ?? '');
  switch (intent) {
    case 'save-draft': {
      const parsed = settingsSchema.safeParse(body.settings);
      if (!parsed.success) return fail(intent, 422, { errors: fieldErrors(parsed.error.issues) });
      await saveDraft(db, shop, parsed.data, authorOf(auth));
      return { ok: true, intent };
    }
    case 'discard-draft':
      await discardDraft(db, shop);
      return { ok: true, intent };
    case 'publish': {
      const published = await publishDraft(db, shop, authorOf(auth), String(body.note ?? '').slice(0, 300));
      return published ? { ok: true, intent, data: published } : fail(intent, 409, { error: 'studio.noDraft' });
    }
    case 'rollback': {
      const done = await rollbackTo(db, shop, Number(body.version), authorOf(auth));
      return done ? { ok: true, intent, data: done } : fail(intent, 404, { error: 'error.notFound' });
    }
    case 'add-case': {
      const parsed = caseFormSchema.safeParse(body);
      if (!parsed.success) return fail(intent, 422, { errors: fieldErrors(parsed.error.issues) });
      const f = parsed.data;
      const candidate = {
        id: `case-${Date.now().toString(36)}`,
        turns: lines(f.questions).slice(0, 6),
        expect: {
          ...(lines(f.mustContain).length ? { contains: lines(f.mustContain) } : {}),
          ...(lines(f.mustNotContain).length ? { notContains: lines(f.mustNotContain) } : {}),
          ...(f.language ? { language: f.language } : {}),
          ...(f.product ? { products: [f.product] } : {}),
        },
      };
      if (!Object.keys(candidate.expect).length)
        return fail(intent, 422, { errors: { mustContain: { key: 'studio.case.needExpectation' } } });
      const checked = evalCaseSchema.parse(candidate);
      if ((await db.studioTestCase.count({ where: { shop } })) >= MAX_CASES) return fail(intent, 409, { error: 'studio.casesFull' });
      await db.studioTestCase.create({ data: { shop, case: JSON.stringify(checked) } });
      return { ok: true, intent };
    }
    case 'delete-case': {
      const { count } = await db.studioTestCase.deleteMany({ where: { id: String(body.id ?? ''), shop } });
      return count ? { ok: true, intent } : fail(intent, 404, { error: 'error.notFound' });
    }
    case 'run-cases': {
      const side = body.side === 'live' ? 'live' : 'draft';
      let used: AssistantSettings;
      if (side === 'live') used = await liveSettings(db, shop);
      else {
        const parsed = settingsSchema.safeParse(body.settings);
        if (!parsed.success) return fail(intent, 422, { errors: fieldErrors(parsed.error.issues) });
        used = parsed.data;
      }
      const cases = await listCases(db, shop);
      const results = await runCases(studioDeps(turnDeps(), used), shop, cases);
      return { ok: true, intent, data: { side, results } };
    }
    default:
      return fail(intent, 400, { error: 'errors.unknownAction' });
  }
};

type ActionData = {
  ok: boolean;
  intent: string;
  errors?: FieldErrors;
  error?: string;
  data?: { version?: number; side?: 'draft' | 'live'; results?: CaseRun[] };
};

interface DraftForm {
  personaName: string;
  greeting: string;
  tone: string;
  customInstructions: string;
  topics: string;
}

const toDraftForm = (s: AssistantSettings): DraftForm => ({
  personaName: s.personaName,
  greeting: s.greeting,
  tone: s.tone,
  customInstructions: s.customInstructions,
  topics: s.topicsToAvoid.join('\n'),
});
const applyDraftForm = (base: AssistantSettings, f: DraftForm): AssistantSettings => ({
  ...base,
  personaName: f.personaName,
  greeting: f.greeting,
  tone: f.tone,
  customInstructions: f.customInstructions,
  topicsToAvoid: lines(f.topics),
});

export default function Studio() {
  const data = useLoaderData<typeof loader>();
  const { t } = useI18n();
  const shopify = useAppBridge();
  const fetcher = useFetcher<ActionData>();
  const [saved, setSaved] = useState(() => toDraftForm(data.draft.settings));
  const [form, setForm] = useState(saved);
  const [note, setNote] = useState('');
  const pending = useRef<DraftForm | null>(null);
  const dirty = JSON.stringify(form) !== JSON.stringify(saved);
  const draftSettings = useMemo(() => applyDraftForm(data.draft.settings, form), [data.draft.settings, form]);
  const errors = fetcher.data && !fetcher.data.ok ? (fetcher.data.errors ?? {}) : {};
  const err = (k: string) => (errors[k] ? t(errors[k].key, errors[k].values) : undefined);
  const busy = fetcher.state !== 'idle';

  // After publish, rollback or discard the loader's draft changes: take it as the new baseline.
  useEffect(() => {
    const next = toDraftForm(data.draft.settings);
    setSaved(next);
    if (!pending.current) setForm(next);
    // Only when the server's draft changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [JSON.stringify(data.draft.settings)]);

  useEffect(() => {
    if (fetcher.state !== 'idle' || !fetcher.data) return;
    const d = fetcher.data;
    if (d.ok && d.intent === 'save-draft' && pending.current) {
      setSaved(pending.current);
      pending.current = null;
    }
    if (d.ok && ['save-draft', 'discard-draft', 'publish', 'rollback'].includes(d.intent))
      shopify.toast.show(t(`studio.done.${d.intent}`, { version: d.data?.version ?? '' }));
    if (!d.ok && d.error) shopify.toast.show(t(d.error), { isError: true });
  }, [fetcher.state, fetcher.data, shopify, t]);

  const saveDraftNow = useCallback(() => {
    pending.current = form;
    fetcher.submit({ intent: 'save-draft', settings: applyDraftForm(data.draft.settings, form) } as never, {
      method: 'post',
      encType: 'application/json',
    });
  }, [form, fetcher, data.draft.settings]);

  return (
    <Page title={t('studio.title')} subtitle={t('studio.subtitle', { live: data.liveVersion || '—' })} fullWidth>
      <TitleBar title={t('studio.title')} />
      <SaveBar id="aisle-studio-save-bar" open={dirty}>
        <button variant="primary" onClick={saveDraftNow}>
          {t('studio.saveDraft')}
        </button>
        <button onClick={() => setForm(saved)}>{t('common.discard')}</button>
      </SaveBar>
      <Layout>
        <Layout.Section>
          <Card>
            <BlockStack gap="300">
              <InlineStack align="space-between" blockAlign="center">
                <Text as="h2" variant="headingMd">
                  {t('studio.draft')}
                </Text>
                <InlineStack gap="200">
                  {data.draft.saved ? (
                    <Badge tone="attention">{t('studio.draftSaved', { base: data.draft.baseVersion })}</Badge>
                  ) : (
                    <Badge>{t('studio.draftFromLive')}</Badge>
                  )}
                  {data.draftChanges.length ? (
                    <Badge tone="info">{t('studio.changesCount', { count: data.draftChanges.length })}</Badge>
                  ) : null}
                </InlineStack>
              </InlineStack>
              <InlineGrid columns={{ xs: 1, md: 2 }} gap="300">
                <TextField
                  label={t('settings.personaName')}
                  value={form.personaName}
                  onChange={(v) => setForm({ ...form, personaName: v })}
                  error={err('personaName')}
                  autoComplete="off"
                  maxLength={40}
                />
                <TextField
                  label={t('settings.tone')}
                  helpText={t('studio.toneHelp')}
                  value={form.tone}
                  onChange={(v) => setForm({ ...form, tone: v })}
                  error={err('tone')}
                  autoComplete="off"
                  maxLength={200}
                />
              </InlineGrid>
              <TextField
                label={t('settings.greeting')}
                value={form.greeting}
                onChange={(v) => setForm({ ...form, greeting: v })}
                error={err('greeting')}
                autoComplete="off"
                maxLength={300}
              />
              <TextField
                label={t('settings.customInstructions')}
                value={form.customInstructions}
                onChange={(v) => setForm({ ...form, customInstructions: v })}
                error={err('customInstructions')}
                multiline={6}
                maxLength={4000}
                showCharacterCount
                autoComplete="off"
              />
              <TextField
                label={t('settings.topicsToAvoid')}
                helpText={t('settings.topicsToAvoidHelp')}
                value={form.topics}
                onChange={(v) => setForm({ ...form, topics: v })}
                error={err('topicsToAvoid')}
                multiline={2}
                autoComplete="off"
              />
              <InlineStack gap="200" blockAlign="end" wrap>
                <Button onClick={saveDraftNow} disabled={!dirty} loading={busy && fetcher.formData === undefined}>
                  {t('studio.saveDraft')}
                </Button>
                <Button
                  tone="critical"
                  variant="plain"
                  disabled={!data.draft.saved}
                  onClick={() => fetcher.submit({ intent: 'discard-draft' }, { method: 'post' })}
                >
                  {t('studio.discardDraft')}
                </Button>
                <div style={{ flex: 1, minWidth: 200 }}>
                  <TextField label={t('studio.publishNote')} value={note} onChange={setNote} autoComplete="off" maxLength={300} />
                </div>
                <Button
                  variant="primary"
                  disabled={!data.draft.saved || dirty}
                  onClick={() => fetcher.submit({ intent: 'publish', note }, { method: 'post' })}
                >
                  {t('studio.publish')}
                </Button>
              </InlineStack>
              {dirty ? (
                <Text as="p" tone="subdued">
                  {t('studio.saveBeforePublish')}
                </Text>
              ) : null}
            </BlockStack>
          </Card>
        </Layout.Section>
        <Layout.Section>
          <SideBySide draft={draftSettings} />
        </Layout.Section>
        <Layout.Section>
          <TestCases cases={data.cases} draft={draftSettings} />
        </Layout.Section>
        <Layout.Section>
          <History history={data.history} liveVersion={data.liveVersion} />
        </Layout.Section>
      </Layout>
    </Page>
  );
}

interface Bubble {
  role: 'user' | 'assistant';
  text: string;
  products: string[];
  tools: string[];
  error?: string;
}

/** Reads the studio's SSE stream, handing each event to `on`. */
async function streamTurn(body: unknown, on: (type: string, data: Record<string, unknown>) => void): Promise<void> {
  const res = await fetch('/app/studio/run', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
    body: JSON.stringify(body),
  });
  if (!res.ok || !res.body) {
    const problem = (await res.json().catch(() => ({}))) as { message?: string };
    throw new Error(problem.message ?? `HTTP ${res.status}`);
  }
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    let end;
    while ((end = buffer.indexOf('\n\n')) !== -1) {
      const chunk = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const type = /^event: (.*)$/m.exec(chunk)?.[1];
      const data = /^data: (.*)$/m.exec(chunk)?.[1];
      if (type && data) on(type, JSON.parse(data) as Record<string, unknown>);
    }
  }
}

function useStudioChat(side: 'draft' | 'live') {
  const [bubbles, setBubbles] = useState<Bubble[]>([]);
  const [busy, setBusy] = useState(false);
  const conversationId = useRef<string | undefined>(undefined);
  const ask = useCallback(
    async (message: string, settings: AssistantSettings) => {
      setBusy(true);
      setBubbles((b) => [
        ...b,
        { role: 'user', text: message, products: [], tools: [] },
        { role: 'assistant', text: '', products: [], tools: [] },
      ]);
      const update = (fn: (last: Bubble) => Bubble) => setBubbles((b) => [...b.slice(0, -1), fn(b[b.length - 1])]);
      try {
        await streamTurn(
          { side, message, conversationId: conversationId.current, ...(side === 'draft' ? { settings } : {}) },
          (type, data) => {
            if (type === 'start') conversationId.current = data.conversationId as string;
            if (type === 'text') update((l) => ({ ...l, text: l.text + (data.delta as string) }));
            if (type === 'tool') update((l) => ({ ...l, tools: [...l.tools, data.name as string] }));
            if (type === 'products') update((l) => ({ ...l, products: (data.products as { title: string }[]).map((p) => p.title) }));
            if (type === 'done') update((l) => ({ ...l, text: (data.reply as { reply: string }).reply || l.text }));
            if (type === 'error') update((l) => ({ ...l, error: data.message as string }));
          },
        );
      } catch (error) {
        update((l) => ({ ...l, error: (error as Error).message }));
      } finally {
        setBusy(false);
      }
    },
    [side],
  );
  const reset = () => {
    conversationId.current = undefined;
    setBubbles([]);
  };
  return { bubbles, busy, ask, reset };
}

function SideBySide({ draft }: { draft: AssistantSettings }) {
  const { t } = useI18n();
  const [question, setQuestion] = useState('');
  const left = useStudioChat('draft');
  const right = useStudioChat('live');
  const busy = left.busy || right.busy;
  const askBoth = () => {
    const q = question.trim();
    if (!q || busy) return;
    setQuestion('');
    void left.ask(q, draft);
    void right.ask(q, draft);
  };
  return (
    <Card>
      <BlockStack gap="300">
        <Text as="h2" variant="headingMd">
          {t('studio.try')}
        </Text>
        <Text as="p" tone="subdued">
          {t('studio.tryHelp')}
        </Text>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            askBoth();
          }}
        >
          <InlineStack gap="200" blockAlign="end" wrap={false}>
            <div style={{ flex: 1 }}>
              <TextField
                label={t('studio.question')}
                value={question}
                onChange={setQuestion}
                autoComplete="off"
                maxLength={2000}
                placeholder={t('studio.questionPlaceholder')}
              />
            </div>
            <Button variant="primary" submit loading={busy} disabled={!question.trim()}>
              {t('studio.askBoth')}
            </Button>
            <Button
              onClick={() => {
                left.reset();
                right.reset();
              }}
            >
              {t('studio.newConversation')}
            </Button>
          </InlineStack>
        </form>
        <InlineGrid columns={{ xs: 1, md: 2 }} gap="300">
          {[
            { id: 'draft', title: t('studio.draft'), chat: left },
            { id: 'live', title: t('studio.live'), chat: right },
          ].map(({ id, title, chat }) => (
            <Box key={id} padding="300" borderWidth="025" borderColor="border" borderRadius="200" minHeight="160px">
              <BlockStack gap="200">
                <InlineStack gap="200" blockAlign="center">
                  <Text as="h3" variant="headingSm">
                    {title}
                  </Text>
                  {chat.busy ? <Spinner size="small" /> : null}
                </InlineStack>
                <div data-testid={`studio-${id}`}>
                  <BlockStack gap="200">
                    {chat.bubbles.map((b, i) => (
                      <Box key={i} padding="200" background={b.role === 'user' ? 'bg-surface-secondary' : 'bg-surface'} borderRadius="100">
                        <Text as="p" tone={b.role === 'user' ? 'subdued' : undefined}>
                          <span style={{ whiteSpace: 'pre-wrap' }}>{b.text}</span>
                        </Text>
                        {b.tools.length ? (
                          <Text as="p" tone="subdued">
                            {t('transcript.tools')} {b.tools.join(', ')}
                          </Text>
                        ) : null}
                        {b.products.length ? (
                          <Text as="p" tone="subdued">
                            {t('transcript.products')} {b.products.join(', ')}
                          </Text>
                        ) : null}
                        {b.error ? (
                          <Text as="p" tone="critical">
                            {b.error}
                          </Text>
                        ) : null}
                      </Box>
                    ))}
                  </BlockStack>
                </div>
              </BlockStack>
            </Box>
          ))}
        </InlineGrid>
      </BlockStack>
    </Card>
  );
}

function TestCases({ cases, draft }: { cases: { id: string; case: EvalCase; fromReply: boolean }[]; draft: AssistantSettings }) {
  const { t } = useI18n();
  const adder = useFetcher<ActionData>();
  const runner = useFetcher<ActionData>();
  const deleter = useFetcher<ActionData>();
  const [form, setForm] = useState({ questions: '', mustContain: '', mustNotContain: '', language: '', product: '' });
  const results = new Map((runner.data?.ok ? (runner.data.data?.results ?? []) : []).map((r) => [r.id, r]));
  const side = runner.data?.data?.side;
  const passed = [...results.values()].filter((r) => r.passed).length;
  const errors = adder.data && !adder.data.ok ? (adder.data.errors ?? {}) : {};
  const err = (k: string) => (errors[k] ? t(errors[k].key, errors[k].values) : undefined);
  useEffect(() => {
    if (adder.state === 'idle' && adder.data?.ok)
      setForm({ questions: '', mustContain: '', mustNotContain: '', language: '', product: '' });
  }, [adder.state, adder.data]);
  const run = (which: 'draft' | 'live') =>
    runner.submit({ intent: 'run-cases', side: which, settings: draft } as never, { method: 'post', encType: 'application/json' });
  return (
    <Card>
      <BlockStack gap="300">
        <InlineStack align="space-between" blockAlign="center">
          <Text as="h2" variant="headingMd">
            {t('studio.cases', { count: cases.length })}
          </Text>
          <ButtonGroup>
            <Button variant="primary" onClick={() => run('draft')} loading={runner.state !== 'idle'} disabled={!cases.length}>
              {t('studio.runDraft')}
            </Button>
            <Button onClick={() => run('live')} disabled={!cases.length || runner.state !== 'idle'}>
              {t('studio.runLive')}
            </Button>
          </ButtonGroup>
        </InlineStack>
        {results.size ? (
          <Banner
            tone={passed === results.size ? 'success' : 'warning'}
            title={t('studio.runSummary', { passed, total: results.size, side: t(`studio.${side ?? 'draft'}`) })}
          />
        ) : null}
        {cases.length === 0 ? (
          <Empty heading={t('studio.casesEmptyTitle')}>{t('studio.casesEmpty')}</Empty>
        ) : (
          <BlockStack gap="200">
            {cases.map((c) => {
              const r = results.get(c.id);
              return (
                <Box key={c.id} padding="200" borderBlockStartWidth="025" borderColor="border">
                  <InlineStack align="space-between" blockAlign="start" wrap={false} gap="200">
                    <BlockStack gap="100">
                      <Text as="p" fontWeight="semibold">
                        {c.case.turns.join(' → ')}
                      </Text>
                      <Text as="p" tone="subdued">
                        {[
                          c.case.expect.contains?.length ? `${t('studio.case.mustContain')}: ${c.case.expect.contains.join(', ')}` : '',
                          c.case.expect.notContains?.length
                            ? `${t('studio.case.mustNotContain')}: ${c.case.expect.notContains.join(', ')}`
                            : '',
                          c.case.expect.language ? `${t('conversations.language')}: ${c.case.expect.language}` : '',
                          c.case.expect.products?.length ? `${t('studio.case.product')}: ${c.case.expect.products.join(', ')}` : '',
                        ]
                          .filter(Boolean)
                          .join(' · ')}
                      </Text>
                      {r && !r.passed ? (
                        <Text as="p" tone="critical">
                          {r.failures.join('; ')}
                        </Text>
                      ) : null}
                    </BlockStack>
                    <InlineStack gap="200" blockAlign="center" wrap={false}>
                      {r ? <Badge tone={r.passed ? 'success' : 'critical'}>{r.passed ? t('studio.pass') : t('studio.fail')}</Badge> : null}
                      {c.fromReply ? <Badge tone="magic">{t('studio.fromReply')}</Badge> : null}
                      <Button
                        size="slim"
                        variant="plain"
                        tone="critical"
                        onClick={() => deleter.submit({ intent: 'delete-case', id: c.id }, { method: 'post' })}
                      >
                        {t('common.delete')}
                      </Button>
                    </InlineStack>
                  </InlineStack>
                </Box>
              );
            })}
          </BlockStack>
        )}
        <Box padding="300" background="bg-surface-secondary" borderRadius="200">
          <BlockStack gap="200">
            <Text as="h3" variant="headingSm">
              {t('studio.addCase')}
            </Text>
            <TextField
              label={t('studio.case.questions')}
              helpText={t('studio.case.questionsHelp')}
              value={form.questions}
              onChange={(v) => setForm({ ...form, questions: v })}
              error={err('questions')}
              multiline={2}
              autoComplete="off"
            />
            <InlineGrid columns={{ xs: 1, md: 2 }} gap="200">
              <TextField
                label={t('studio.case.mustContain')}
                helpText={t('studio.case.onePerLine')}
                value={form.mustContain}
                onChange={(v) => setForm({ ...form, mustContain: v })}
                error={err('mustContain')}
                multiline={2}
                autoComplete="off"
              />
              <TextField
                label={t('studio.case.mustNotContain')}
                value={form.mustNotContain}
                onChange={(v) => setForm({ ...form, mustNotContain: v })}
                multiline={2}
                autoComplete="off"
              />
              <TextField
                label={t('studio.case.language')}
                value={form.language}
                onChange={(v) => setForm({ ...form, language: v })}
                error={err('language')}
                autoComplete="off"
                maxLength={2}
              />
              <TextField
                label={t('studio.case.product')}
                value={form.product}
                onChange={(v) => setForm({ ...form, product: v })}
                autoComplete="off"
              />
            </InlineGrid>
            <InlineStack>
              <Button onClick={() => adder.submit({ intent: 'add-case', ...form }, { method: 'post' })} loading={adder.state !== 'idle'}>
                {t('studio.addCase')}
              </Button>
            </InlineStack>
          </BlockStack>
        </Box>
      </BlockStack>
    </Card>
  );
}

function ChangeView({ change }: { change: Change }) {
  const { t } = useI18n();
  const label = t(change.field.startsWith('capability.') ? `settings.${change.field}` : `studio.field.${change.field}`);
  if (change.kind === 'value')
    return (
      <Text as="p">
        <strong>{label}:</strong> <del style={{ color: '#8e1f0b' }}>{change.before || '∅'}</del> →{' '}
        <ins style={{ color: '#0c5132' }}>{change.after || '∅'}</ins>
      </Text>
    );
  return (
    <Text as="p">
      <strong>{label}:</strong>{' '}
      {change.parts.map((p, i) =>
        p.added ? (
          <ins key={i} style={{ background: '#cdfee1', textDecoration: 'none' }}>
            {p.value}
          </ins>
        ) : p.removed ? (
          <del key={i} style={{ background: '#fedad9' }}>
            {p.value}
          </del>
        ) : (
          <span key={i}>{p.value}</span>
        ),
      )}
    </Text>
  );
}

function History({
  history,
  liveVersion,
}: {
  history: { version: number; author: string; note: string; createdAt: string; changes: Change[] }[];
  liveVersion: number;
}) {
  const { t, formatDate } = useI18n();
  const fetcher = useFetcher<ActionData>();
  const [open, setOpen] = useState<number | null>(history[0]?.version ?? null);
  const noteText = (note: string) =>
    note === 'settings'
      ? t('studio.note.settings')
      : note === 'publish'
        ? t('studio.note.publish')
        : note.startsWith('rollback:')
          ? t('studio.note.rollback', { version: note.slice(9) })
          : note;
  return (
    <Card>
      <BlockStack gap="300">
        <Text as="h2" variant="headingMd">
          {t('studio.history')}
        </Text>
        {history.length === 0 ? (
          <Text as="p" tone="subdued">
            {t('studio.historyEmpty')}
          </Text>
        ) : (
          history.map((v) => (
            <Box key={v.version} borderBlockStartWidth="025" borderColor="border" paddingBlockStart="200">
              <BlockStack gap="200">
                <InlineStack align="space-between" blockAlign="center">
                  <InlineStack gap="200" blockAlign="center">
                    <Button
                      variant="plain"
                      onClick={() => setOpen(open === v.version ? null : v.version)}
                      ariaExpanded={open === v.version}
                    >
                      {t('studio.version', { version: v.version })}
                    </Button>
                    {v.version === liveVersion ? <Badge tone="success">{t('studio.live')}</Badge> : null}
                    <Text as="span" tone="subdued">
                      {formatDate(v.createdAt)} · {v.author} · {noteText(v.note)}
                    </Text>
                  </InlineStack>
                  {v.version !== liveVersion ? (
                    <Button
                      size="slim"
                      onClick={() => fetcher.submit({ intent: 'rollback', version: String(v.version) }, { method: 'post' })}
                      loading={fetcher.state !== 'idle'}
                    >
                      {t('studio.rollback', { version: v.version })}
                    </Button>
                  ) : null}
                </InlineStack>
                <Collapsible id={`v-${v.version}`} open={open === v.version}>
                  <BlockStack gap="100">
                    {v.changes.length ? (
                      v.changes.map((c, i) => <ChangeView key={i} change={c} />)
                    ) : (
                      <Text as="p" tone="subdued">
                        {t('studio.noChanges')}
                      </Text>
                    )}
                  </BlockStack>
                </Collapsible>
              </BlockStack>
            </Box>
          ))
        )}
      </BlockStack>
    </Card>
  );
}

export const ErrorBoundary = AdminErrorBoundary;
