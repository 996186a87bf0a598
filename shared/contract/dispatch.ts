import type { ApiError, Envelope } from './errors.ts';
import { WorkbenchError } from './errors.ts';
import type { MethodName, MethodResult, ParsedArgs } from './api.ts';
import { api, isMethodName } from './api.ts';

/** The backend as the hosts see it: one async handler per contract method. */
export type Handlers = { [M in MethodName]: (args: ParsedArgs<M>) => Promise<MethodResult<M>> | MethodResult<M> };

type Issue = { path: PropertyKey[]; message: string };
const toIssues = (issues: readonly Issue[]) => issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));

/**
 * Validates a call against the contract, runs its handler and wraps the outcome in an envelope.
 * Never throws: malformed calls, handler errors and bugs all come back as `{ ok: false }`, so a
 * host cannot be crashed by what a window or a terminal sends it.
 */
export async function dispatch(handlers: Handlers, method: unknown, rawArgs: unknown): Promise<Envelope<unknown>> {
  if (!isMethodName(method)) {
    return fail({ code: 'unknown_method', message: `Unknown method: ${String(method).slice(0, 100)}` });
  }
  const spec = api[method];
  const parsed = spec.args.safeParse(rawArgs ?? {});
  if (!parsed.success) {
    return fail({ code: 'invalid_request', message: `Invalid arguments for ${method}`, issues: toIssues(parsed.error.issues) });
  }
  try {
    const handler = handlers[method] as (args: unknown) => unknown;
    const value = await handler(parsed.data);
    // The result is checked too: a backend bug must not reach the window as malformed data.
    const checked = spec.result.safeParse(value);
    if (!checked.success) {
      return fail({
        code: 'internal',
        message: `The backend returned malformed data for ${method}`,
        issues: toIssues(checked.error.issues),
      });
    }
    return { ok: true, value: checked.data };
  } catch (error) {
    return fail(toApiError(error));
  }
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof WorkbenchError) {
    return error.issues ? { code: error.code, message: error.message, issues: error.issues } : { code: error.code, message: error.message };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: `Unexpected error: ${message}` };
}

function fail(error: ApiError): Envelope<never> {
  return { ok: false, error };
}
