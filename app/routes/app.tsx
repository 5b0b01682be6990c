// The embedded admin's frame: App Bridge + Polaris providers (in the admin's language), the
// navigation menu, and a skeleton while the next page loads.
import type { HeadersFunction, LoaderFunctionArgs } from '@remix-run/node';
import { Link, Outlet, useLoaderData, useLocation, useNavigation, useRouteError } from '@remix-run/react';
import { useEffect } from 'react';
import { boundary } from '@shopify/shopify-app-remix/server';
import { AppProvider } from '@shopify/shopify-app-remix/react';
import { NavMenu } from '@shopify/app-bridge-react';
import polarisStyles from '@shopify/polaris/build/esm/styles.css?url';
import { authenticate } from '~/shopify.server';
import { pickAdminLocale } from '~/admin/i18n';
import { adminMessages, polarisTranslations } from '~/admin/messages.server';
import { I18nProvider } from '~/admin/ui/i18n';
import { PageSkeleton } from '~/admin/ui/skeleton';

export const links = () => [{ rel: 'stylesheet', href: polarisStyles }];

export const loader = async ({ request }: LoaderFunctionArgs) => {
  await authenticate.admin(request);
  const locale = pickAdminLocale(new URL(request.url).searchParams.get('locale'), request.headers.get('accept-language'));
  return {
    apiKey: process.env.SHOPIFY_API_KEY || '',
    // AISLE_APP_BRIDGE_URL exists for demo mode (no Shopify admin, no CDN); unset in production.
    appBridgeUrl: process.env.AISLE_APP_BRIDGE_URL || undefined,
    locale,
    messages: adminMessages(locale),
    polaris: polarisTranslations(locale),
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
        {leaving ? <PageSkeleton /> : <Outlet />}
      </I18nProvider>
    </AppProvider>
  );
}

// Shopify needs Remix to catch some thrown responses so that their headers reach the browser.
export function ErrorBoundary() {
  return boundary.error(useRouteError());
}

export const headers: HeadersFunction = (headersArgs) => boundary.headers(headersArgs);
