import { useTranslation } from 'react-i18next';
import type { ReviewStatus } from '../api/types';

export function StatusBadge({ status }: { status: ReviewStatus | undefined | null }) {
  const { t } = useTranslation();
  if (!status) return null;
  return <span className={`badge status-${status}`}>{t(`review.status.${status}`)}</span>;
}
