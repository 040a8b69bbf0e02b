import { useEffect, useState } from 'react';
import type { ManagedPolicy } from './policy';
import { readManagedPolicy, watchManagedPolicy } from './managed-storage';

/** The admin's policy, live (undefined while it is read): the panel and Settings show what is locked. */
export function useManagedPolicy(): ManagedPolicy | undefined {
  const [policy, setPolicy] = useState<ManagedPolicy>();
  useEffect(() => {
    let live = true;
    void readManagedPolicy().then((value) => live && setPolicy(value));
    const stop = watchManagedPolicy((value) => live && setPolicy(value));
    return () => {
      live = false;
      stop();
    };
  }, []);
  return policy;
}
