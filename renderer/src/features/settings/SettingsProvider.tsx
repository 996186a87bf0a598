import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { useApi } from '../../api/ApiContext.tsx';
import { SettingsContext } from '../../hooks/use-settings.ts';
import type { Settings, SettingsState } from '../../hooks/use-settings.ts';

/** Loads the clerk's settings once; every view reads them from context. */
export function SettingsProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    api.call('settings.get', {}).then(setSettings, () => undefined);
  }, [api]);
  const save = useCallback(
    async (clerkName: string | null) => {
      setSettings(await api.call('settings.set', { clerkName }));
    },
    [api],
  );
  const reload = useCallback(async () => {
    setSettings(await api.call('settings.get', {}));
  }, [api]);
  const value = useMemo<SettingsState>(() => ({ settings, save, reload }), [settings, save, reload]);
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}
