// React side of the admin's i18n: the layout provides the strings of the page it was loaded for,
// pages read them. After hydration the whole dictionary loads as a static file (cached like any
// asset) for the pages the merchant navigates to next; `complete` says when it is in.
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { createTranslator, type AdminLocale, type Messages, type Translate } from '../i18n';

interface I18n {
  locale: AdminLocale;
  t: Translate;
  formatNumber: (n: number, opts?: Intl.NumberFormatOptions) => string;
  formatDate: (iso: string | Date, opts?: Intl.DateTimeFormatOptions) => string;
  /** Whether every page's strings are loaded, not only the first page's. */
  complete: boolean;
}

const I18nContext = createContext<I18n>({
  locale: 'en',
  t: createTranslator({}),
  formatNumber: (n) => String(n),
  formatDate: (d) => String(d),
  complete: true,
});

/** The locale's whole dictionary with English underneath, as the server builds it. */
async function loadDictionary(locale: AdminLocale): Promise<Messages> {
  const files = import.meta.glob<Messages>('../../locales/admin/*.json', { import: 'default' });
  const load = (code: string) => files[`../../locales/admin/${code}.json`]();
  const [en, own] = await Promise.all([load('en'), locale === 'en' ? {} : load(locale)]);
  return { ...en, ...own };
}

export function I18nProvider({ locale, messages, children }: { locale: AdminLocale; messages: Messages; children: ReactNode }) {
  // Filled in place when the whole dictionary arrives, so `t` keeps its identity: pages' effects
  // depend on it and must not run again just because more strings became available.
  const [rest] = useState<Messages>(() => ({}));
  const [complete, setComplete] = useState(false);
  useEffect(() => {
    let live = true;
    const done = (all: Messages) => {
      if (!live) return;
      Object.assign(rest, all);
      setComplete(true);
    };
    // Without the file, pages opened next show keys for strings they do not share with this one:
    // better than keeping the merchant on a skeleton.
    loadDictionary(locale).then(done, () => done({}));
    return () => {
      live = false;
    };
  }, [locale, rest]);
  const t = useMemo(() => createTranslator(messages, rest), [messages, rest]);
  const value = useMemo<I18n>(() => {
    const dates = new Map<string, Intl.DateTimeFormat>();
    return {
      locale,
      t,
      complete,
      formatNumber: (n, opts) => new Intl.NumberFormat(locale, opts).format(n),
      formatDate: (d, opts = { dateStyle: 'medium', timeStyle: 'short' }) => {
        const key = JSON.stringify(opts);
        let f = dates.get(key);
        if (!f) dates.set(key, (f = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...opts })));
        return f.format(typeof d === 'string' ? new Date(d) : d);
      },
    };
  }, [locale, t, complete]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
