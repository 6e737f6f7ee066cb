import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { work, type NotificationItem, type TaskSummary } from '../api/work';
import { useAuth } from '../auth/AuthContext';

export const POLL_MS = 30_000;
const ASKED_KEY = 'supervision.notify.asked';

/** Asks for the browser's permission to notify, once per browser (a later refusal is the user's answer). */
export function askNotificationPermissionOnce(storage: Storage | undefined = globalThis.localStorage): void {
  if (typeof Notification === 'undefined' || Notification.permission !== 'default') return;
  try {
    if (storage?.getItem(ASKED_KEY)) return;
    storage?.setItem(ASKED_KEY, new Date().toISOString());
  } catch {
    return;
  }
  void Notification.requestPermission().catch(() => undefined);
}

function notify(title: string, body: string, link: string): void {
  if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
  try {
    const n = new Notification(title, { body, tag: link, lang: document.documentElement.lang });
    n.onclick = () => {
      window.focus();
      window.location.assign(link);
    };
  } catch {
    // Some browsers only notify from a service worker; the badge still shows the count.
  }
}

/** Ids seen before that are not in `previous`: what arrived since the last poll (nothing on the first poll). */
export function arrivals<T extends { id: string }>(previous: ReadonlySet<string> | undefined, items: readonly T[]): T[] {
  if (!previous) return [];
  return items.filter((item) => !previous.has(item.id));
}

const missing = (error: unknown) => error instanceof ApiError && (error.isMissingEndpoint || error.status === 404 || error.status === 403);

/**
 * My open tasks, polled every 30 s: the count for the navigation badge, and a browser notification when a task
 * or a reminder arrives (the permission asked once).
 */
export function useInboxWatch(): { openCount: number | undefined } {
  const { t } = useTranslation();
  const { user } = useAuth();
  const tasks = useQuery({
    queryKey: ['inbox-watch', user?.userName],
    queryFn: ({ signal }) => work.tasks(new URLSearchParams({ mine: 'true', sort: '-createdAt', page: '1', pageSize: '20' }), signal),
    enabled: !!user,
    refetchInterval: (query) => (missing(query.state.error) ? false : POLL_MS),
    refetchIntervalInBackground: true,
    staleTime: 0,
  });
  const notifications = useQuery({
    queryKey: ['notifications-watch', user?.userName],
    queryFn: ({ signal }) => work.notifications(signal),
    enabled: !!user,
    retry: false,
    refetchInterval: (query) => (missing(query.state.error) ? false : POLL_MS),
    refetchIntervalInBackground: true,
    staleTime: 0,
  });

  const seenTasks = useRef<Set<string>>(undefined);
  const seenNotes = useRef<Set<string>>(undefined);
  useEffect(() => {
    if (user) askNotificationPermissionOnce();
  }, [user]);
  useEffect(() => {
    const items: TaskSummary[] = tasks.data?.items ?? [];
    if (!tasks.data) return;
    const fresh = arrivals(seenTasks.current, items);
    seenTasks.current = new Set([...(seenTasks.current ?? []), ...items.map((i) => i.id)]);
    if (fresh.length === 1) notify(t('inbox.newTask', { title: fresh[0].title }), fresh[0].unitName ?? '', `/tasks/${fresh[0].id}`);
    else if (fresh.length > 1) notify(t('inbox.newTasks', { count: fresh.length }), fresh.map((f) => f.title).slice(0, 3).join('\n'), '/inbox');
  }, [tasks.data, t]);
  useEffect(() => {
    const items: NotificationItem[] = notifications.data?.items ?? [];
    if (!notifications.data) return;
    const fresh = arrivals(seenNotes.current, items);
    seenNotes.current = new Set([...(seenNotes.current ?? []), ...items.map((i) => i.id)]);
    for (const note of fresh.slice(0, 3)) notify(note.title, note.body, note.link || (note.taskId ? `/tasks/${note.taskId}` : '/inbox'));
  }, [notifications.data]);

  return { openCount: tasks.data?.total };
}
