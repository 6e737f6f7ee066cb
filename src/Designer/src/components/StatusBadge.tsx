import { useTranslation } from 'react-i18next';
import type { ReviewStatus } from '../api/types';

export function StatusBadge({ status }: { status: ReviewStatus | undefined | null }) {
  const { t } = useTranslation();
  if (!status) return null;
  return <span className={`badge status-${status}`}>{t(`review.status.${status}`)}</span>;
}

export function formatDateTime(value: string | undefined | null, locale: string): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return date.toLocaleString(locale === 'en' ? 'en-GB' : 'vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short', timeStyle: 'short' });
}
