import type { MethodArgs, MethodName, MethodResult } from '../../../shared/contract/api.ts';
import { dispatch } from '../../../shared/contract/dispatch.ts';
import type { Backend } from '../../backend/backend.ts';
import { CliError } from './cli-error.ts';

/** Calls a contract method through dispatch, like every other host; a failure becomes a CliError. */
export async function call<M extends MethodName>(backend: Backend, method: M, args: MethodArgs<M>): Promise<MethodResult<M>> {
  const result = await dispatch(backend.handlers, method, args);
  if (!result.ok) throw new CliError(result.error.message);
  return result.value as MethodResult<M>;
}
