// Badges shared by admin pages, in the admin's language.
import { Badge } from '@shopify/polaris';
import { useI18n } from './i18n';

const OUTCOME_TONE = { resolved: 'success', handed_off: 'attention', abandoned: 'warning' } as const;

export function OutcomeBadge({ outcome }: { outcome: string | null }) {
  const { t } = useI18n();
  if (!outcome) return <Badge>{t('outcome.open')}</Badge>;
  return <Badge tone={OUTCOME_TONE[outcome as keyof typeof OUTCOME_TONE]}>{t(`outcome.${outcome}`)}</Badge>;
}
