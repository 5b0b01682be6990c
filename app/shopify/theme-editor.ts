// Deep link that opens the theme editor's App embeds panel with Aisle's chat embed switched on,
// ready for the merchant to save (Shopify: theme app extensions, "deep linking").
export const CHAT_EMBED_HANDLE = 'aisle-chat';

export function appEmbedDeepLink(shop: string, apiKey: string, template = 'index'): string {
  const params = new URLSearchParams({ context: 'apps', template, activateAppId: `${apiKey}/${CHAT_EMBED_HANDLE}` });
  return `https://${shop}/admin/themes/current/editor?${params}`;
}
