import { redirect, type LoaderFunctionArgs } from '@remix-run/node';

// Shopify opens the app at / with ?shop=…; the embedded admin lives under /app.
export const loader = async ({ request }: LoaderFunctionArgs) => {
  const url = new URL(request.url);
  throw redirect(`/app${url.search}`);
};
