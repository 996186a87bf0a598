import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DESKTOP_ONLY_METHODS, HTTP_CHECKED_METHODS } from '../../../electron/hosts/http-policy.ts';
import { api } from '../../../shared/contract/api.ts';
import type { MethodName } from '../../../shared/contract/api.ts';
import { fromWire } from '../../../shared/contract/wire.ts';
import { apiCall, raw, upload, useHttpHosts } from '../../helpers/http-host.ts';
import type { RawAnswer } from '../../helpers/http-host.ts';
import { useTempDirs } from '../../helpers/temp-dir.ts';

const tempDir = useTempDirs();
const startHost = useHttpHosts(tempDir);

type Envelope = { ok: boolean; value?: unknown; error?: { code: string; message: string } };
const envelope = (answer: RawAnswer) => JSON.parse(answer.body) as Envelope;
const json = (host: Parameters<typeof raw>[0], method: string, body: string | Uint8Array) =>
  raw(host, {
    path: `/api/${method}`,
    method: 'POST',
    headers: { 'x-lontar-token': host.token, 'content-type': 'application/json' },
    body,
  });

async function stillAnswers(host: Parameters<typeof raw>[0]): Promise<void> {
  const answer = await apiCall(host, 'documents.list', {});
  expect(answer.status).toBe(200);
  expect(envelope(answer).ok).toBe(true);
}

describe('HTTP host under hostile requests', () => {
  it('refuses a JSON body over the cap with 413, declared or streamed, and keeps serving', async () => {
    const { host } = await startHost({ maxBodyBytes: 1024 * 1024 });
    const big = `{"query":"${'a'.repeat(3 * 1024 * 1024)}"}`;
    const declared = await json(host, 'documents.list', big);
    expect(declared.status).toBe(413);
    expect(envelope(declared).error?.message).toMatch(/too large/);
    // Chunked, with no Content-Length: refused once the count passes the cap, the rest drained.
    const streamed = await new Promise<RawAnswer>((resolve, reject) => {
      void import('node:http').then(({ request }) => {
        const req = request(
          {
            host: '127.0.0.1',
            port: host.port,
            path: '/api/documents.list',
            method: 'POST',
            headers: { 'x-lontar-token': host.token, 'transfer-encoding': 'chunked' },
          },
          (res) => {
            let body = '';
            res.setEncoding('utf8');
            res.on('data', (c: string) => {
              body += c;
            });
            res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
          },
        );
        req.on('error', reject);
        const chunk = 'x'.repeat(256 * 1024);
        for (let i = 0; i < 12; i++) req.write(chunk);
        req.end();
      });
    });
    expect(streamed.status).toBe(413);
    await stillAnswers(host);
  });

  it('answers a malformed URL with 400, not 500', async () => {
    const { host } = await startHost();
    expect((await raw(host, { path: '/api/%E0%A4%A', method: 'POST', headers: { 'x-lontar-token': host.token }, body: '{}' })).status).toBe(
      400,
    );
    expect((await raw(host, { path: '/%' })).status).toBe(400);
    expect((await raw(host, { path: '/assets/%zz.js' })).status).toBe(400);
    await stillAnswers(host);
  });

  it('refuses methods that name files or folders on the machine, and JSON uploads', async () => {
    const { host, dir } = await startHost();
    const exportDir = join(dir, 'export-here');
    const exported = envelope(await apiCall(host, 'export.run', { format: 'decrees', dir: exportDir }));
    expect(exported).toMatchObject({ ok: false, error: { code: 'unsupported' } });
    expect(existsSync(exportDir)).toBe(false);
    for (const method of ['dialog.openFiles', 'dialog.chooseFolder'] as const) {
      expect(envelope(await apiCall(host, method, {}))).toMatchObject({ ok: false, error: { code: 'unsupported' } });
    }
    const byPath = envelope(await apiCall(host, 'import.start', { sources: [{ path: join(dir, 'secret.txt') }] }));
    expect(byPath).toMatchObject({ ok: false, error: { code: 'unsupported', message: expect.stringMatching(/uploaded files only/) } });
    const stagedAsJson = envelope(await apiCall(host, 'import.stage', { name: 'a.txt', bytes: new Uint8Array([65]) }));
    expect(stagedAsJson).toMatchObject({ ok: false, error: { code: 'unsupported' } });
    // Downloads still work.
    expect(envelope(await apiCall(host, 'export.build', { format: 'scores' }))).toMatchObject({ ok: true });
    expect((envelope(await apiCall(host, 'documents.list', {})).value as { total: number }).total).toBe(0);
  });

  it('refuses a job retry over HTTP when the job read files by path', async () => {
    const { host, backend, dir } = await startHost();
    const { jobId } = await backend.importer.start({ sources: [{ path: join(dir, 'missing.txt') }], ocr: 'auto', lang: 'ind+eng' });
    await backend.importer.whenDone(jobId);
    expect(envelope(await apiCall(host, 'import.retry', { jobId }))).toMatchObject({ ok: false, error: { code: 'unsupported' } });
  });

  it('every contract method that names a path is desktop-only or checked per call', () => {
    const PATH_FIELDS = /^(path|paths|dir|dirs|folder|folders|file|files|filePath|target)$/;
    const namesPaths = (schema: unknown): boolean => {
      if (!schema || typeof schema !== 'object') return false;
      const properties = (schema as { properties?: Record<string, unknown> }).properties ?? {};
      return Object.keys(properties).some((k) => PATH_FIELDS.test(k) && k !== 'files') || Object.values(schema).some((v) => namesPaths(v));
    };
    const offenders = (Object.keys(api) as MethodName[]).filter((method) => {
      const schema = z.toJSONSchema(api[method].args, { unrepresentable: 'any', io: 'input' });
      return (namesPaths(schema) || method.startsWith('dialog.')) && !DESKTOP_ONLY_METHODS.has(method) && !HTTP_CHECKED_METHODS.has(method);
    });
    expect(offenders).toEqual([]);
  });

  it('streams uploads to staging, refuses them past the cap with 413 and leaves nothing behind', async () => {
    const { host, dir } = await startHost({ maxUploadBytes: 64 * 1024 });
    const staging = join(dir, 'data', 'staging');
    const ok = envelope(await upload(host, 'kecil.txt', new Uint8Array(1000).fill(65)));
    expect(ok).toMatchObject({ ok: true, value: { stagedId: expect.stringMatching(/^[a-f0-9]{32}$/) } });
    const before = readdirSync(staging).length;
    const tooBig = await upload(host, 'besar.txt', new Uint8Array(5 * 1024 * 1024).fill(65));
    expect(tooBig.status).toBe(413);
    expect(envelope(tooBig).error?.message).toMatch(/too large to import/);
    expect(readdirSync(staging)).toHaveLength(before);
    expect(
      (
        await raw(host, {
          path: '/api/upload',
          method: 'POST',
          headers: { 'x-lontar-token': host.token, 'content-type': 'application/octet-stream' },
          body: 'x',
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await raw(host, {
          path: '/api/upload?name=a.txt',
          method: 'POST',
          headers: { 'x-lontar-token': host.token, 'content-type': 'application/json' },
          body: 'x',
        })
      ).status,
    ).toBe(415);
    expect(
      (
        await raw(host, {
          path: '/api/upload?name=a.txt',
          method: 'POST',
          headers: { 'content-type': 'application/octet-stream' },
          body: 'x',
        })
      ).status,
    ).toBe(401);
    await stillAnswers(host);
  });

  it('survives a fuzz of every method with wrong types, huge and malformed bodies: no 5xx, no internal error', async () => {
    const { host } = await startHost({ maxBodyBytes: 256 * 1024 });
    const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
    const WRONG_VALUES: unknown[] = [
      null,
      -1,
      0,
      1.5,
      1e308,
      '',
      'x'.repeat(20_000),
      [],
      {},
      true,
      { $bytes: 'AAAA' },
      ['a', 1],
      { __proto__: { polluted: 1 } },
    ];
    const RAW_BODIES: Array<string | Uint8Array> = [
      '',
      '{',
      '{"a":',
      'null',
      '1',
      '"x"',
      '[]',
      'true',
      '{"$bytes":"!!!"}',
      '{"id":1,"id":"x"}',
      deep(100_000),
      `{"a":${deep(50_000)}}`,
      new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]),
      'x'.repeat(300 * 1024),
      `{"$bytes":"${'='.repeat(200_000)}A"}`,
      `{"name":"a","bytes":{"$bytes":"${'A'.repeat(200_000)}!"}}`,
      '{"__proto__":{"polluted":true}}',
      '{"constructor":{"prototype":{"polluted":true}}}',
    ];
    const methods = [...Object.keys(api), 'no.such', '__proto__', 'constructor', 'toString', '', '%2e%2e'];
    const problems: string[] = [];
    let requests = 0;
    for (const method of methods) {
      const spec = Object.hasOwn(api, method) ? (api as Record<string, { args: z.ZodType }>)[method] : undefined;
      const properties = spec
        ? Object.keys((z.toJSONSchema(spec.args, { unrepresentable: 'any', io: 'input' }) as { properties?: object }).properties ?? {})
        : ['id'];
      const bodies: Array<string | Uint8Array> = [...RAW_BODIES, '{}', '{"unexpected":1}'];
      for (const property of properties) for (const value of WRONG_VALUES) bodies.push(JSON.stringify({ [property]: value }));
      for (const body of bodies) {
        const answer = await json(host, encodeURIComponent(method), body);
        requests++;
        if (answer.status >= 500) problems.push(`${method} ${String(body).slice(0, 40)} → ${answer.status}`);
        if (answer.status === 200) {
          const e = envelope(answer);
          if (!e.ok && e.error?.code === 'internal') problems.push(`${method} ${String(body).slice(0, 40)} → internal: ${e.error.message}`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(requests).toBeGreaterThan(1000);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    await stillAnswers(host);
    expect(fromWire((await apiCall(host, 'app.info', {})).body)).toMatchObject({ ok: true });
  });
});
