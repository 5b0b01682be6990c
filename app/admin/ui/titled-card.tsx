// A Polaris card with a section heading: the shape most admin report sections share.
import type { ReactNode } from 'react';
import { BlockStack, Card, Text } from '@shopify/polaris';

export function TitledCard(props: { title: ReactNode; gap?: '100' | '200' | '300' | '400'; children?: ReactNode }) {
  return (
    <Card>
      <BlockStack gap={props.gap ?? '300'}>
        <Text as="h2" variant="headingMd">
          {props.title}
        </Text>
        {props.children}
      </BlockStack>
    </Card>
  );
}
