import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../api/client';

/**
 * Taking the waiting step of a record (a unit's report, a remediation fix) through a dialog: what is being acted on,
 * the call, the message once done, and the lists to read again. A step the server says is no longer waiting (409)
 * also has the lists read again, so the page shows what did happen.
 */
export function useStepAction<A>(run: (acting: A & { comment: string }) => Promise<unknown>, done: (acting: A) => string, refreshKeys: QueryKey[]) {
  const [acting, setActing] = useState<A>();
  const [flash, setFlash] = useState<string>();
  const queryClient = useQueryClient();
  const refresh = () => {
    for (const queryKey of refreshKeys) void queryClient.invalidateQueries({ queryKey });
  };
  const act = useMutation({
    mutationFn: run,
    onSuccess: (_, taken) => {
      setActing(undefined);
      setFlash(done(taken));
      refresh();
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) refresh();
    },
  });
  const open = (next: A) => {
    act.reset();
    setFlash(undefined);
    setActing(next);
  };
  return { acting, flash, act, open, close: () => setActing(undefined) };
}
