// Assistant settings: persona, tone, rules, languages, capabilities, hand-off, model and spend cap,
// and the knowledge the assistant quotes (synced policies, the merchant's FAQ with CSV import).
// The form lives in React state and is posted as JSON; a failed save keeps every keystroke, shows
// errors beside their fields, and an unsaved form survives a reload (sessionStorage).
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { useFetcher, useLoaderData } from '@remix-run/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  Banner,
  BlockStack,
  Box,
  Button,
  ButtonGroup,
  Card,
  Checkbox,
  ChoiceList,
  DropZone,
  InlineStack,
  Layout,
  Page,
  Select,
  Text,
  TextField,
} from '@shopify/polaris';
import { SaveBar, TitleBar, useAppBridge } from '@shopify/app-bridge-react';
import { authenticate } from '~/shopify.server';
import { db } from '~/db.server';
import { apiKeySchema, loadSettingsPage, removeApiKey, saveApiKey, saveSettings, validateSettings } from '~/admin/settings.server';
import { TONE_PRESET_IDS } from '~/admin/constants';
import { createFaq, deleteFaq, faqInputSchema, importFaq, updateFaq, type FaqView } from '~/admin/faq.server';
import { parseFaqCsv } from '~/admin/faq-csv';
import { fieldErrors, type FieldErrors } from '~/admin/field-errors';
import { authorOf, fail, readBody } from '~/admin/request.server';
import { useI18n } from '~/admin/ui/i18n';
import { AdminErrorBoundary } from '~/admin/ui/error-boundary';
import { Empty } from '~/admin/ui/empty';
import type { AssistantSettings } from '~/assistant/types';

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  return loadSettingsPage(db, session.shop);
};

export const action = async ({ request }: ActionFunctionArgs) => {
  const auth = await authenticate.admin(request);
  const shop = auth.session.shop;
  const body = await readBody(request);
  const intent = String(body.intent ?? '');
  switch (intent) {
    case 'save': {
      const page = await loadSettingsPage(db, shop);
      const checked = validateSettings(body, { models: page.models, shopLocales: page.shopLocales });
      if (!checked.ok) return fail(intent, 422, { errors: checked.errors });
      const { version } = await saveSettings(db, shop, checked.value, authorOf(auth));
      return { ok: true, intent, data: { version } };
    }
    case 'save-key': {
      const parsed = apiKeySchema.safeParse(body.apiKey);
      if (!parsed.success) return fail(intent, 422, { errors: { apiKey: { key: 'settings.apiKey.invalid' } } });
      return (await saveApiKey(db, shop, parsed.data)) ? { ok: true, intent } : fail(intent, 409, { error: 'settings.apiKey.cannotStore' });
    }
    case 'remove-key':
      await removeApiKey(db, shop);
      return { ok: true, intent };
        case 'faq-create':
    case 'faq-update': {
      const parsed = faqInputSchema.safeParse(body);
      if (!parsed.success) return fail(intent, 422, { errors: fieldErrors(parsed.error.issues) });
      if (intent === 'faq-create') {
        const created = await createFaq(db, shop, parsed.data);
        return created ? { ok: true, intent } : fail(intent, 409, { error: 'faq.full' });
      }
      return (await updateFaq(db, shop, String(body.id ?? ''), parsed.data))
        ? { ok: true, intent }
        : fail(intent, 404, { error: 'faq.notFound' });
    }
    case 'faq-delete':
      return (await deleteFaq(db, shop, String(body.id ?? ''))) ? { ok: true, intent } : fail(intent, 404, { error: 'faq.notFound' });
    case 'faq-import': {
      const { rows, issues } = parseFaqCsv(String(body.csv ?? ''));
      // All or nothing: a file with a bad row is reported, not half-imported.
      if (issues.length || rows.length === 0)
        return fail(intent, 422, {
          error: 'faq.csv.failed',
          errors: Object.fromEntries(
            issues.slice(0, 20).map((i) => [`line${i.line}`, { key: i.key, values: { ...i.values, line: i.line } }]),
          ),
        });
      const result = await importFaq(db, shop, rows, body.mode === 'replace' ? 'replace' : 'append');
      return { ok: true, intent, data: result };
    }
    default:
      return fail(intent, 400, { error: 'errors.unknownAction' });
  }
};

type Loaded = ReturnType<typeof useLoaderData<typeof loader>>;
interface FormState {
  settings: AssistantSettings;
  topicsText: string;
  tonePreset: string;
  model: string;
  monthlyCap: string;
}
type ActionData = {
  ok: boolean;
  intent: string;
  errors?: FieldErrors;
  error?: string;
  data?: { version?: number; imported?: number; skipped?: number };
};

const STORAGE_KEY = 'aisle:settings-form';

function toForm(data: Loaded): FormState {
  const preset = (TONE_PRESET_IDS as readonly string[]).includes(data.settings.tone) ? data.settings.tone : 'custom';
  return {
    settings: data.settings,
    topicsText: data.settings.topicsToAvoid.join('\n'),
    tonePreset: preset,
    model: data.model ?? '',
    monthlyCap: data.monthlyCapUsd === null ? '' : String(data.monthlyCapUsd),
  };
}

function toPayload(form: FormState) {
  return {
    intent: 'save',
    settings: { ...form.settings, topicsToAvoid: form.topicsText.split('\n') },
    model: form.model,
    monthlyCapUsd: form.monthlyCap,
  };
}

export default function SettingsPage() {
  const data = useLoaderData<typeof loader>();
  const { t, locale, formatNumber } = useI18n();
  const shopify = useAppBridge();
  const saver = useFetcher<ActionData>();
  const [baseline, setBaseline] = useState(() => toForm(data));
  const [form, setForm] = useState(baseline);
  const [restored, setRestored] = useState(false);
  const submitted = useRef<FormState | null>(null);
  const dirty = useMemo(() => JSON.stringify(form) !== JSON.stringify(baseline), [form, baseline]);
  const errors = saver.data && !saver.data.ok && saver.data.intent === 'save' ? (saver.data.errors ?? {}) : {};
  const saving = saver.state !== 'idle';

  // An unsaved form from before a reload comes back (the merchant's typing is never lost).
  useEffect(() => {
    const stored = sessionStorage.getItem(STORAGE_KEY);
    if (!stored) return;
    try {
      const parsed = JSON.parse(stored) as FormState;
      if (JSON.stringify(parsed) !== JSON.stringify(baseline)) {
        setForm(parsed);
        setRestored(true);
      }
    } catch {
      sessionStorage.removeItem(STORAGE_KEY);
    }
    // Only on first render: later baselines come from saves.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useEffect(() => {
    if (dirty) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(form));
    else sessionStorage.removeItem(STORAGE_KEY);
  }, [dirty, form]);

  useEffect(() => {
    if (saver.state !== 'idle' || !saver.data || saver.data.intent !== 'save') return;
    if (saver.data.ok && submitted.current) {
      setBaseline(submitted.current);
      submitted.current = null;
      setRestored(false);
      shopify.toast.show(t('settings.saved', { version: saver.data.data?.version ?? '' }));
    } else if (!saver.data.ok) {
      shopify.toast.show(t('settings.saveFailed'), { isError: true });
    }
  }, [saver.state, saver.data, shopify, t]);

  const save = useCallback(() => {
    submitted.current = form;
    saver.submit(toPayload(form), { method: 'post', encType: 'application/json' });
  }, [form, saver]);
  const discard = useCallback(() => {
    setForm(baseline);
    setRestored(false);
  }, [baseline]);

  const set = <K extends keyof AssistantSettings>(key: K, value: AssistantSettings[K]) =>
    setForm((f) => ({ ...f, settings: { ...f.settings, [key]: value } }));
  const setCap = (key: keyof AssistantSettings['capabilities'], value: boolean) =>
    setForm((f) => ({ ...f, settings: { ...f.settings, capabilities: { ...f.settings.capabilities, [key]: value } } }));
  const err = (path: string) => (errors[path] ? t(errors[path].key, errors[path].values) : undefined);
  const languageNames = useMemo(() => new Intl.DisplayNames([locale], { type: 'language' }), [locale]);
  const s = form.settings;

  return (
    <Page
      title={t('settings.title')}
      backAction={{ content: t('nav.home'), url: '/app' }}
      primaryAction={{ content: t('common.save'), onAction: save, loading: saving, disabled: !dirty || saving }}
    >
      <TitleBar title={t('settings.title')} />
      <SaveBar id="aisle-settings-save-bar" open={dirty}>
        <button variant="primary" onClick={save} disabled={saving}>
          {t('common.save')}
        </button>
        <button onClick={discard}>{t('common.discard')}</button>
      </SaveBar>
      <Layout>
        {restored ? (
          <Layout.Section>
            <Banner tone="info" title={t('settings.restored')} onDismiss={() => setRestored(false)} />
          </Layout.Section>
        ) : null}
        {Object.keys(errors).length ? (
          <Layout.Section>
            <Banner tone="critical" title={t('settings.fixErrors', { count: Object.keys(errors).length })} />
          </Layout.Section>
        ) : null}
        <Layout.AnnotatedSection title={t('settings.persona.title')} description={t('settings.persona.help')}>
          <Card>
            <BlockStack gap="400">
              <TextField
                label={t('settings.personaName')}
                value={s.personaName}
                onChange={(v) => set('personaName', v)}
                error={err('settings.personaName')}
                maxLength={40}
                autoComplete="off"
              />
              <TextField
                label={t('settings.greeting')}
                value={s.greeting}
                onChange={(v) => set('greeting', v)}
                error={err('settings.greeting')}
                multiline={2}
                maxLength={300}
                showCharacterCount
                autoComplete="off"
              />
              <Select
                label={t('settings.tone')}
                options={[
                  ...TONE_PRESET_IDS.map((id) => ({ label: t(`settings.tone.${id}`), value: id })),
                  { label: t('settings.tone.custom'), value: 'custom' },
                ]}
                value={form.tonePreset}
                onChange={(v) => setForm((f) => ({ ...f, tonePreset: v, settings: { ...f.settings, tone: v === 'custom' ? '' : v } }))}
              />
              {form.tonePreset === 'custom' ? (
                <TextField
                  label={t('settings.toneCustom')}
                  helpText={t('settings.toneCustomHelp')}
                  value={s.tone}
                  onChange={(v) => set('tone', v)}
                  error={err('settings.tone')}
                  maxLength={200}
                  autoComplete="off"
                />
              ) : null}
            </BlockStack>
          </Card>
        </Layout.AnnotatedSection>

        <Layout.AnnotatedSection title={t('settings.rules.title')} description={t('settings.rules.help')}>
          <Card>
            <BlockStack gap="400">
              <TextField
                label={t('settings.customInstructions')}
                helpText={t('settings.customInstructionsHelp')}
                value={s.customInstructions}
                onChange={(v) => set('customInstructions', v)}
                error={err('settings.customInstructions')}
                multiline={5}
                maxLength={4000}
                showCharacterCount
                autoComplete="off"
              />
              <TextField
                label={t('settings.topicsToAvoid')}
                helpText={t('settings.topicsToAvoidHelp')}
                value={form.topicsText}
                onChange={(v) => setForm((f) => ({ ...f, topicsText: v }))}
                error={err('settings.topicsToAvoid')}
                multiline={3}
                autoComplete="off"
              />
              <ChoiceList
                allowMultiple
                title={t('settings.languages')}
                choices={data.shopLocales.map((code) => ({ label: `${languageNames.of(code) ?? code} (${code})`, value: code }))}
                selected={s.languages}
                onChange={(v) => set('languages', v)}
                error={err('settings.languages')}
              />
              <Text as="p" tone="subdued">
                {t('settings.languagesHelp')}
              </Text>
            </BlockStack>
          </Card>
        </Layout.AnnotatedSection>

        <Layout.AnnotatedSection title={t('settings.capabilities.title')} description={t('settings.capabilities.help')}>
          <Card>
            <BlockStack gap="300">
              {(['orderStatus', 'recommendations', 'cartActions', 'handoff', 'discountMentions'] as const).map((key) => (
                <Checkbox
                  key={key}
                  label={t(`settings.capability.${key}`)}
                  helpText={t(`settings.capability.${key}.help`)}
                  checked={s.capabilities[key]}
                  onChange={(v) => setCap(key, v)}
                />
              ))}
              <TextField
                label={t('settings.handoffEmail')}
                helpText={t('settings.handoffEmailHelp')}
                type="email"
                value={s.handoffEmail ?? ''}
                onChange={(v) => set('handoffEmail', v)}
                error={err('settings.handoffEmail')}
                autoComplete="email"
              />
            </BlockStack>
          </Card>
        </Layout.AnnotatedSection>

        <Layout.AnnotatedSection title={t('settings.model.title')} description={t('settings.model.help')}>
          <Card>
            <BlockStack gap="400">
              {data.models.length ? (
                <Select
                  label={t('settings.model')}
                  options={[
                    { label: t('settings.modelDefault', { model: data.defaultModel }), value: '' },
                    ...data.models.map((m) => ({ label: m, value: m })),
                  ]}
                  value={form.model}
                  onChange={(v) => setForm((f) => ({ ...f, model: v }))}
                  error={err('model')}
                />
              ) : (
                <Text as="p" tone="subdued">
                  {t('settings.modelFixed', { model: data.defaultModel })}
                </Text>
              )}
              <TextField
                label={t('settings.monthlyCap')}
                type="number"
                prefix="$"
                min={0}
                value={form.monthlyCap}
                onChange={(v) => setForm((f) => ({ ...f, monthlyCap: v }))}
                error={err('monthlyCapUsd')}
                helpText={
                  (data.operatorCapUsd !== null
                    ? t('settings.operatorCap', { cap: formatNumber(data.operatorCapUsd, { style: 'currency', currency: 'USD' }) }) + ' '
                    : '') + t('settings.spent', { spent: formatNumber(data.spentUsd, { style: 'currency', currency: 'USD' }) })
                }
                autoComplete="off"
              />
              <ApiKeyField state={data.apiKey} />
            </BlockStack>
          </Card>
        </Layout.AnnotatedSection>

        <Layout.AnnotatedSection title={t('settings.knowledge.title')} description={t('settings.knowledge.help')}>
          <BlockStack gap="400">
            <Card>
              <BlockStack gap="200">
                <Text as="h3" variant="headingSm">
                  {t('settings.policies')}
                </Text>
                {data.policies.length ? (
                  data.policies.map((p) => (
                    <Text as="p" key={p.type}>
                      {p.title}{' '}
                      <Text as="span" tone="subdued">
                        ({p.type})
                      </Text>
                    </Text>
                  ))
                ) : (
                  <Text as="p" tone="subdued">
                    {t('settings.noPolicies')}
                  </Text>
                )}
              </BlockStack>
            </Card>
            <FaqEditor entries={data.faq} />
          </BlockStack>
        </Layout.AnnotatedSection>
      </Layout>
      <Box paddingBlockEnd="800" />
    </Page>
  );
}

function ApiKeyField({ state }: { state: Loaded['apiKey'] }) {
  const { t } = useI18n();
  const shopify = useAppBridge();
  const fetcher = useFetcher<ActionData>();
  const [value, setValue] = useState('');
  useEffect(() => {
    if (fetcher.state !== 'idle' || !fetcher.data) return;
    if (fetcher.data.ok) {
      setValue('');
      shopify.toast.show(t(`settings.apiKey.done.${fetcher.data.intent}`));
    }
  }, [fetcher.state, fetcher.data, shopify, t]);
  const error = fetcher.data && !fetcher.data.ok ? (fetcher.data.errors?.apiKey ? t(fetcher.data.errors.apiKey.key) : fetcher.data.error ? t(fetcher.data.error) : undefined) : undefined;
  const status = !state.saved ? t('settings.apiKey.none') : state.readable ? t('settings.apiKey.saved', { hint: state.hint ?? '' }) : t('settings.apiKey.unreadable');
  return (
    <BlockStack gap="200">
      <TextField
        label={t('settings.apiKey')}
        type="password"
        value={value}
        onChange={setValue}
        autoComplete="off"
        disabled={!state.canStore}
        helpText={state.canStore ? status : t('settings.apiKey.cannotStore')}
        error={error}
        connectedRight={
          <Button onClick={() => fetcher.submit({ intent: 'save-key', apiKey: value }, { method: 'post' })} disabled={!state.canStore || !value.trim()} loading={fetcher.state !== 'idle'}>
            {t('settings.apiKey.save')}
          </Button>
        }
      />
      {state.saved ? (
        <InlineStack>
          <Button variant="plain" tone="critical" onClick={() => fetcher.submit({ intent: 'remove-key' }, { method: 'post' })}>
            {t('settings.apiKey.remove')}
          </Button>
        </InlineStack>
      ) : null}
    </BlockStack>
  );
}

function FaqEditor({ entries }: { entries: FaqView[] }) {
  const { t } = useI18n();
  const shopify = useAppBridge();
  const fetcher = useFetcher<ActionData>();
  const [editing, setEditing] = useState<{ id: string | null; question: string; answer: string; locale: string } | null>(null);
  const [importMode, setImportMode] = useState<'append' | 'replace'>('append');
  const result = fetcher.data;
  const busy = fetcher.state !== 'idle';

  useEffect(() => {
    if (fetcher.state !== 'idle' || !result) return;
    if (result.ok) {
      if (result.intent === 'faq-create' || result.intent === 'faq-update') setEditing(null);
      shopify.toast.show(
        result.intent === 'faq-import' ? t('faq.imported', { count: result.data?.imported ?? 0 }) : t(`faq.done.${result.intent}`),
      );
    }
  }, [fetcher.state, result, shopify, t]);

  const errors = result && !result.ok ? (result.errors ?? {}) : {};
  const err = (field: string) => (errors[field] ? t(errors[field].key, errors[field].values) : undefined);
  const submitEntry = () => {
    if (!editing) return;
    fetcher.submit(
      {
        intent: editing.id ? 'faq-update' : 'faq-create',
        id: editing.id ?? '',
        question: editing.question,
        answer: editing.answer,
        locale: editing.locale,
      },
      { method: 'post' },
    );
  };
  const onDrop = async (_all: File[], accepted: File[]) => {
    const file = accepted[0];
    if (!file) return;
    fetcher.submit({ intent: 'faq-import', csv: await file.text(), mode: importMode }, { method: 'post' });
  };

  return (
    <Card>
      <BlockStack gap="400">
        <InlineStack align="space-between" blockAlign="center">
          <Text as="h3" variant="headingSm">
            {t('faq.title', { count: entries.length })}
          </Text>
          <Button onClick={() => setEditing({ id: null, question: '', answer: '', locale: '' })} disabled={busy}>
            {t('faq.add')}
          </Button>
        </InlineStack>
        {result && !result.ok && result.intent === 'faq-import' ? (
          <Banner tone="critical" title={t(result.error ?? 'faq.csv.failed')}>
            <ul>
              {Object.values(errors).map((e, i) => (
                <li key={i}>{t(e.key, e.values)}</li>
              ))}
            </ul>
          </Banner>
        ) : null}
        {result && !result.ok && result.error && result.intent !== 'faq-import' ? <Banner tone="critical" title={t(result.error)} /> : null}
        {editing ? (
          <Card background="bg-surface-secondary">
            <BlockStack gap="300">
              <TextField
                label={t('faq.question')}
                value={editing.question}
                onChange={(v) => setEditing({ ...editing, question: v })}
                error={err('question')}
                autoComplete="off"
                maxLength={500}
              />
              <TextField
                label={t('faq.answer')}
                value={editing.answer}
                onChange={(v) => setEditing({ ...editing, answer: v })}
                error={err('answer')}
                multiline={3}
                autoComplete="off"
                maxLength={4000}
              />
              <TextField
                label={t('faq.locale')}
                helpText={t('faq.localeHelp')}
                value={editing.locale}
                onChange={(v) => setEditing({ ...editing, locale: v })}
                error={err('locale')}
                autoComplete="off"
                maxLength={5}
              />
              <ButtonGroup>
                <Button variant="primary" onClick={submitEntry} loading={busy}>
                  {editing.id ? t('common.save') : t('faq.add')}
                </Button>
                <Button onClick={() => setEditing(null)}>{t('common.cancel')}</Button>
              </ButtonGroup>
            </BlockStack>
          </Card>
        ) : null}
        {entries.length === 0 && !editing ? (
          <Empty
            heading={t('faq.emptyTitle')}
            action={{ content: t('faq.add'), onAction: () => setEditing({ id: null, question: '', answer: '', locale: '' }) }}
          >
            {t('faq.empty')}
          </Empty>
        ) : (
          <BlockStack gap="300">
            {entries.map((e) => (
              <Box key={e.id} borderBlockStartWidth="025" borderColor="border" paddingBlockStart="300">
                <InlineStack align="space-between" blockAlign="start" wrap={false} gap="300">
                  <BlockStack gap="100">
                    <Text as="p" fontWeight="semibold">
                      {e.question}{' '}
                      {e.locale ? (
                        <Text as="span" tone="subdued">
                          ({e.locale})
                        </Text>
                      ) : null}
                    </Text>
                    <Text as="p" tone="subdued">
                      {e.answer}
                    </Text>
                  </BlockStack>
                  <ButtonGroup>
                    <Button
                      size="slim"
                      onClick={() => setEditing({ id: e.id, question: e.question, answer: e.answer, locale: e.locale ?? '' })}
                    >
                      {t('common.edit')}
                    </Button>
                    <Button
                      size="slim"
                      tone="critical"
                      onClick={() => fetcher.submit({ intent: 'faq-delete', id: e.id }, { method: 'post' })}
                      accessibilityLabel={t('faq.deleteLabel', { question: e.question })}
                    >
                      {t('common.delete')}
                    </Button>
                  </ButtonGroup>
                </InlineStack>
              </Box>
            ))}
          </BlockStack>
        )}
        <BlockStack gap="200">
          <Text as="h4" variant="headingSm">
            {t('faq.import')}
          </Text>
          <Text as="p" tone="subdued">
            {t('faq.importHelp')}
          </Text>
          <Select
            label={t('faq.importMode')}
            options={[
              { label: t('faq.importAppend'), value: 'append' },
              { label: t('faq.importReplace'), value: 'replace' },
            ]}
            value={importMode}
            onChange={(v) => setImportMode(v as 'append' | 'replace')}
          />
          <DropZone accept=".csv,text/csv" type="file" allowMultiple={false} onDrop={onDrop} label={t('faq.csvFile')}>
            <DropZone.FileUpload actionTitle={t('faq.chooseCsv')} actionHint={t('faq.dropCsv')} />
          </DropZone>
        </BlockStack>
      </BlockStack>
    </Card>
  );
}

export const ErrorBoundary = AdminErrorBoundary;
