import { LIBRARY_SORTS } from '../../../shared/contract/decree-schemas.ts';
import { DOCUMENT_STATUSES } from '../../../shared/types/document.ts';
import type { Backend } from '../../backend/backend.ts';
import { call } from './call.ts';
import { EXIT_OK, usageError } from './cli-error.ts';
import { oneOf, parseCommandArgs } from './commands.ts';
import type { CliIo } from './io.ts';
import { formatTable } from './io.ts';

const PAGE = 1000;

export async function listCommand(argv: string[], io: CliIo, openBackend: () => Promise<Backend>): Promise<number> {
  const { values, positionals } = parseCommandArgs('list', argv, {
    json: { type: 'boolean' },
    status: { type: 'string' },
    query: { type: 'string' },
    sort: { type: 'string' },
    descending: { type: 'boolean' },
  });
  if (positionals.length > 0) throw usageError(`list: unexpected argument "${positionals[0]}"`);
  const status = values.status === undefined ? undefined : oneOf('list', 'status', values.status, DOCUMENT_STATUSES, 'new');
  const sort = values.sort === undefined ? undefined : oneOf('list', 'sort', values.sort, LIBRARY_SORTS, 'name');
  const order = { ...(sort ? { sort } : {}), ...(values.descending ? { descending: true } : {}) };
  const backend = await openBackend();
  try {
    const items = [];
    for (let offset = 0; ; offset += PAGE) {
      const page = await call(backend, 'documents.list', {
        limit: PAGE,
        offset,
        ...order,
        ...(status ? { status } : {}),
        ...(values.query ? { query: values.query } : {}),
      });
      items.push(...page.items);
      if (items.length >= page.total || page.items.length === 0) break;
    }
    if (values.json) {
      io.out(
        `${JSON.stringify(
          items.map((d) => ({
            id: d.id,
            name: d.name,
            status: d.status,
            sourceType: d.sourceType,
            importedAt: d.importedAt,
            pages: d.pageCount,
            pending: d.pendingCount,
            confirmed: d.confirmedCount,
            // With --query: the passage where it matched, hits marked as in the library.
            ...(d.snippet ? { snippet: d.snippet } : {}),
          })),
        )}\n`,
      );
    } else {
      io.out(
        formatTable(
          ['id', 'name', 'status'],
          items.map((d) => [String(d.id), d.name, d.status]),
        ),
      );
    }
    return EXIT_OK;
  } finally {
    await backend.close();
  }
}
