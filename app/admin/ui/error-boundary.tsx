// Every admin page's error boundary: a readable Polaris page instead of a blank frame. Responses
// that Shopify's auth throws (redirects, App Bridge bounce pages) are re-thrown so that the
// layout's `boundary.error` gives them their headers and script.
import { isRouteErrorResponse, useRouteError } from '@remix-run/react';
import { Banner, BlockStack, Button, Page, Text } from '@shopify/polaris';
import { useI18n } from './i18n';

export function AdminErrorBoundary() {
  const error = useRouteError();
  const { t } = useI18n();
  if (isRouteErrorResponse(error) && error.status !== 404 && error.status < 500) throw error;
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <Page title={notFound ? t('error.notFoundTitle') : t('error.title')} backAction={{ content: t('nav.home'), url: '/app' }}>
      <Banner tone={notFound ? 'warning' : 'critical'} title={notFound ? t('error.notFound') : t('error.body')}>
        <BlockStack gap="200">
          {!notFound && error instanceof Error ? (
            <Text as="p" tone="subdued">
              {error.message}
            </Text>
          ) : null}
          <div>
            <Button onClick={() => window.location.reload()}>{t('error.reload')}</Button>
          </div>
        </BlockStack>
      </Banner>
    </Page>
  );
}
