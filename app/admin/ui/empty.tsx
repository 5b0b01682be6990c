// "Nothing here yet, and what to do about it." Polaris's EmptyState is built around an
// illustration and shifts the layout when its image slot settles; the admin has no illustrations,
// so this is the same message without the shift (Built for Shopify: CLS ≤ 0.1).
import type { ReactNode } from 'react';
import { BlockStack, Box, Button, Text } from '@shopify/polaris';

export interface EmptyAction {
  content: string;
  url?: string;
  target?: '_blank';
  onAction?: () => void;
}

export function Empty({ heading, action, children }: { heading: string; action?: EmptyAction; children: ReactNode }) {
  return (
    <Box padding="600">
      <BlockStack gap="300" inlineAlign="center">
        <Text as="h3" variant="headingMd" alignment="center">
          {heading}
        </Text>
        <Box maxWidth="480px">
          <Text as="p" tone="subdued" alignment="center">
            {children}
          </Text>
        </Box>
        {action ? (
          <Button url={action.url} target={action.target} onClick={action.onAction}>
            {action.content}
          </Button>
        ) : null}
      </BlockStack>
    </Box>
  );
}
