import { createContext, useContext } from 'react';
import type { MethodResult } from '../../../shared/contract/api.ts';

export type Settings = MethodResult<'settings.get'>;

export interface SettingsState {
  settings: Settings | null;
  save(clerkName: string | null): Promise<void>;
  /** Reads the settings again (after decree defaults changed). */
  reload(): Promise<void>;
}

export const SettingsContext = createContext<SettingsState>({ settings: null, save: async () => {}, reload: async () => {} });

export function useSettings(): SettingsState {
  return useContext(SettingsContext);
}

/** The name the audit trail records: the clerk's own, else the system user's. */
export function reviewerName(settings: Settings | null): string | null {
  if (!settings) return null;
  return settings.clerkName?.trim() || settings.systemUser;
}
