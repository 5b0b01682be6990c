// Loads the admin dictionaries and Polaris's own translations for one locale. Server-only: the
// layout loader sends the chosen locale's strings to the browser, so the bundle carries none.
import en from '~/locales/admin/en.json' with { type: 'json' };
import pl from '~/locales/admin/pl.json' with { type: 'json' };
import de from '~/locales/admin/de.json' with { type: 'json' };
import es from '~/locales/admin/es.json' with { type: 'json' };
import fr from '~/locales/admin/fr.json' with { type: 'json' };
import polarisEn from '@shopify/polaris/locales/en.json' with { type: 'json' };
import polarisPl from '@shopify/polaris/locales/pl.json' with { type: 'json' };
import polarisDe from '@shopify/polaris/locales/de.json' with { type: 'json' };
import polarisEs from '@shopify/polaris/locales/es.json' with { type: 'json' };
import polarisFr from '@shopify/polaris/locales/fr.json' with { type: 'json' };
import { createTranslator, type AdminLocale, type Messages, type Translate } from './i18n';

const ADMIN: Record<AdminLocale, Messages> = { en, pl, de, es, fr };
const POLARIS = { en: polarisEn, pl: polarisPl, de: polarisDe, es: polarisEs, fr: polarisFr };

/** The locale's strings with English underneath, so the client needs one dictionary. */
export function adminMessages(locale: AdminLocale): Messages {
  return locale === 'en' ? ADMIN.en : { ...ADMIN.en, ...ADMIN[locale] };
}

export function polarisTranslations(locale: AdminLocale) {
  return POLARIS[locale];
}

export function serverTranslator(locale: AdminLocale): Translate {
  return createTranslator(adminMessages(locale));
}
