import type { AnyEvent, EventName, EventPayload } from '../../shared/contract/events.ts';

export type EventListener = (event: AnyEvent) => void;

/** Fan-out of backend push events to every host (IPC windows, SSE clients, the CLI's progress). */
export function createEventBus() {
  const listeners = new Set<EventListener>();
  return {
    emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
      const event = { name, payload } as AnyEvent;
      for (const listener of listeners) {
        try {
          listener(event);
        } catch {
          // A broken listener (a closed window, a dropped SSE socket) must not stop an import.
        }
      }
    },
    subscribe(listener: EventListener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type EventBus = ReturnType<typeof createEventBus>;
