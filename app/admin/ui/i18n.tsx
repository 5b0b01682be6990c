// React side of the admin's i18n: the layout provides the locale's dictionary, pages read it.
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { createTranslator, type AdminLocale, type Messages, type Translate } from '../i18n';

interface I18n {
  locale: AdminLocale;
  t: Translate;
  formatNumber: (n: number, opts?: Intl.NumberFormatOptions) => string;
  formatDate: (iso: string | Date, opts?: Intl.DateTimeFormatOptions) => string;
}

const I18nContext = createContext<I18n>({
  locale: 'en',
  t: createTranslator({}),
  formatNumber: (n) => String(n),
  formatDate: (d) => String(d),
});

export function I18nProvider({ locale, messages, children }: { locale: AdminLocale; messages: Messages; children: ReactNode }) {
  const value = useMemo<I18n>(() => {
    const dates = new Map<string, Intl.DateTimeFormat>();
    return {
      locale,
      t: createTranslator(messages),
      formatNumber: (n, opts) => new Intl.NumberFormat(locale, opts).format(n),
      formatDate: (d, opts = { dateStyle: 'medium', timeStyle: 'short' }) => {
        const key = JSON.stringify(opts);
        let f = dates.get(key);
        if (!f) dates.set(key, (f = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...opts })));
        return f.format(typeof d === 'string' ? new Date(d) : d);
      },
    };
  }, [locale, messages]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
