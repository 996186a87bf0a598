import { useEffect, useEffectEvent } from 'react';
import type { EventPayload } from '../../../shared/contract/events.ts';
import { useApi } from '../api/ApiContext.tsx';

export type AppCommand = EventPayload<'app.command'>['command'];

/** The desktop menu's choices (File › Import…, View › Records …), carried out by the UI. */
export function useAppCommands(handler: (command: AppCommand) => void): void {
  const api = useApi();
  const onCommand = useEffectEvent(handler);
  useEffect(() => api.on('app.command', ({ command }) => onCommand(command)), [api]);
}
