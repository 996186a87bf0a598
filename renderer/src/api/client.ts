import { api } from '../../../shared/contract/api.ts';
import type { MethodArgs, MethodName, MethodResult } from '../../../shared/contract/api.ts';
import type { ApiError, Envelope } from '../../../shared/contract/errors.ts';
import { events } from '../../../shared/contract/events.ts';
import type { EventName, EventPayload } from '../../../shared/contract/events.ts';
import type { DatasetDownloadArgs } from '../../../shared/contract/dataset-schemas.ts';
import type { Transport } from './transport.ts';

/** A failed call, with the backend's error code and message (shown to the clerk as is). */
export class ApiCallError extends Error {
  readonly code: ApiError['code'];
  readonly issues: ApiError['issues'];
  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
    this.code = error.code;
    this.issues = error.issues;
  }
}

export interface ApiClient {
  call<M extends MethodName>(method: M, args: MethodArgs<M>): Promise<MethodResult<M>>;
  /** Browser mode: where the dataset downloads as a streamed zip; null in the desktop app (it writes folders). */
  datasetDownloadUrl?(args: DatasetDownloadArgs): string | null;
  on<E extends EventName>(name: E, handler: (payload: EventPayload<E>) => void): () => void;
}

/** Typed calls over any transport; answers and events are checked against the contract. */
export function createClient(transport: Transport): ApiClient {
  const handlers = new Map<EventName, Set<(payload: unknown) => void>>();
  transport.onEvent((raw) => {
    const event = raw as { name?: unknown; payload?: unknown };
    const name = event?.name as EventName;
    const schema = events[name];
    if (!schema) return;
    const parsed = schema.safeParse(event.payload);
    if (!parsed.success) return;
    for (const handler of handlers.get(name) ?? []) handler(parsed.data);
  });

  return {
    datasetDownloadUrl: (args) => transport.downloadUrl?.('download/dataset', args) ?? null,
    async call(method, args) {
      let envelope: Envelope<unknown>;
      try {
        envelope = (await transport.invoke(method, args)) as Envelope<unknown>;
      } catch (error) {
        throw new ApiCallError({
          code: 'internal',
          message: `Lontar's backend could not be reached: ${error instanceof Error ? error.message : String(error)}`,
        });
      }
      if (!envelope || typeof envelope !== 'object' || !('ok' in envelope)) {
        throw new ApiCallError({ code: 'internal', message: 'Malformed answer from the backend' });
      }
      if (!envelope.ok) throw new ApiCallError(envelope.error);
      const parsed = api[method].result.safeParse(envelope.value);
      if (!parsed.success) throw new ApiCallError({ code: 'internal', message: `Malformed answer for ${method}` });
      return parsed.data as MethodResult<typeof method>;
    },
    on(name, handler) {
      let set = handlers.get(name);
      if (!set) handlers.set(name, (set = new Set()));
      const h = handler as (payload: unknown) => void;
      set.add(h);
      return () => set.delete(h);
    },
  };
}
