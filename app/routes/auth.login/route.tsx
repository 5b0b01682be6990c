// Shown when the app is opened outside Shopify admin without a shop: asks for the shop domain and
// starts the install/login flow.
import { useState } from 'react';
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';
import { AppProvider as PolarisAppProvider, Button, Card, FormLayout, Page, Text, TextField } from '@shopify/polaris';
import polarisTranslations from '@shopify/polaris/locales/en.json';
import polarisStyles from '@shopify/polaris/build/esm/styles.css?url';
import { LoginErrorType } from '@shopify/shopify-app-remix/server';
import { login } from '~/shopify.server';

export const links = () => [{ rel: 'stylesheet', href: polarisStyles }];

function errorMessage(loginErrors: Awaited<ReturnType<typeof login>> | undefined): string | undefined {
  if (!loginErrors || loginErrors instanceof Response) return undefined;
  if (loginErrors.shop === LoginErrorType.MissingShop) return 'Please enter your shop domain to log in';
  if (loginErrors.shop === LoginErrorType.InvalidShop) return 'Please enter a valid shop domain to log in';
  return undefined;
}

export const loader = async ({ request }: LoaderFunctionArgs) => ({ error: errorMessage(await login(request)) });
export const action = async ({ request }: ActionFunctionArgs) => ({ error: errorMessage(await login(request)) });

export default function Auth() {
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [shop, setShop] = useState('');
  const error = actionData?.error ?? loaderData.error;
  return (
    <PolarisAppProvider i18n={polarisTranslations}>
      <Page narrowWidth>
        <Card>
          <Form method="post">
            <FormLayout>
              <Text variant="headingMd" as="h2">
                Log in to Aisle
              </Text>
              <TextField
                type="text"
                name="shop"
                label="Shop domain"
                helpText="example.myshopify.com"
                value={shop}
                onChange={setShop}
                autoComplete="on"
                error={error}
              />
              <Button submit>Log in</Button>
            </FormLayout>
          </Form>
        </Card>
      </Page>
    </PolarisAppProvider>
  );
}
