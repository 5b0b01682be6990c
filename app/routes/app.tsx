// The embedded admin's frame: App Bridge + Polaris providers (in the admin's language), the
// navigation menu, and a skeleton while the next page loads.
import type { HeadersFunction, LoaderFunctionArgs } from '@remix-run/node';
import { Link, Outlet, useLoaderData, useLocation, useNavigation, useRouteError } from '@remix-run/react';
import { useEffect, useState } from 'react';
import { boundary } from '@shopify/shopify-app-remix/server';
import { AppProvider } from '@shopify/shopify-app-remix/react';
import { NavMenu } from '@shopify/app-bridge-react';
// Imported for its side effect so that it goes through the build's CSS pipeline, which keeps only
// the rules the admin's components can use (app/admin/vite/polaris-css.ts) and minifies them.
import '@shopify/polaris/build/esm/styles.css';
import { authenticate } from '~/shopify.server';
import { pickAdminLocale } from '~/admin/i18n';
import { adminMessages, polarisTranslations } from '~/admin/messages.server';
import { namespacesFor, pickNamespaces } from '~/admin/i18n-scopes';
import { I18nProvider, useI18n } from '~/admin/ui/i18n';
import { PageSkeleton } from '~/admin/ui/skeleton';

export const loader = async ({ request }: LoaderFunctionArgs) => {
  await authenticate.admin(request);
  const url = new URL(request.url);
  const locale = pickAdminLocale(url.searchParams.get('locale'), request.headers.get('accept-language'));
  return {
    apiKey: process.env.SHOPIFY_API_KEY || '',
    // AISLE_APP_BRIDGE_URL exists for demo mode (no Shopify admin, no CDN); unset in production.
    appBridgeUrl: process.env.AISLE_APP_BRIDGE_URL || undefined,
    locale,
    // This page's strings only; the browser loads the rest after the first paint.
    messages: pickNamespaces(adminMessages(locale), namespacesFor(url.pathname)),
    // Remix's AppProvider bundles Polaris' English strings and uses them when given none, so
    // English pages don't carry a second copy in their HTML (3 kB gzipped of every document).
    polaris: locale === 'en' ? undefined : polarisTranslations(locale),
  };
};

// The admin's language comes with the document load (Shopify adds ?locale=); client navigations
// drop that parameter, so the frame keeps what it loaded instead of re-running its loader.
export const shouldRevalidate = () => false;

export default function App() {
  const { apiKey, appBridgeUrl, locale, messages, polaris } = useLoaderData<typeof loader>();
  const navigation = useNavigation();
  const location = useLocation();
  const t = (key: string) => messages[key] ?? key;
  // Only a move to another page shows the skeleton; a form on this page keeps it in view.
  const leaving = navigation.state === 'loading' && navigation.location.pathname !== location.pathname;
  // Marks the document once React owns it: browser tests wait for it before typing.
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
  }, []);
  return (
    <AppProvider isEmbeddedApp apiKey={apiKey} i18n={polaris} {...(appBridgeUrl ? { __APP_BRIDGE_URL: appBridgeUrl } : {})}>
      <I18nProvider locale={locale} messages={messages}>
        <NavMenu>
          <Link to="/app" rel="home">
            {t('nav.home')}
          </Link>
          <Link to="/app/settings">{t('nav.settings')}</Link>
          <Link to="/app/studio">{t('nav.studio')}</Link>
          <Link to="/app/conversations">{t('nav.conversations')}</Link>
          <Link to="/app/handoffs">{t('nav.handoffs')}</Link>
          <Link to="/app/analytics">{t('nav.analytics')}</Link>
          <Link to="/app/safety">{t('nav.safety')}</Link>
          <Link to="/app/reviews">{t('nav.reviews')}</Link>
        </NavMenu>
        <CurrentPage leaving={leaving} />
      </I18nProvider>
    </AppProvider>
  );
}

/**
 * The page, or the skeleton while the next one loads. The document carried the strings of the page
 * it was opened on; another page waits for the whole dictionary, which loads right after hydration.
 */
function CurrentPage({ leaving }: { leaving: boolean }) {
  const { complete } = useI18n();
  const { pathname } = useLocation();
  const [first] = useState(pathname);
  return leaving || (!complete && pathname !== first) ? <PageSkeleton /> : <Outlet />;
}

// Shopify needs Remix to catch some thrown responses so that their headers reach the browser.
export function ErrorBoundary() {
  return boundary.error(useRouteError());
}

export const headers: HeadersFunction = (headersArgs) => boundary.headers(headersArgs);
