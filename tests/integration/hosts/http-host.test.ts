import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { fromWire } from '../../../shared/contract/wire.ts';
import { apiCall, raw, upload, useHttpHosts } from '../../helpers/http-host.ts';
import { useTempDirs } from '../../helpers/temp-dir.ts';

const tempDir = useTempDirs();
const startHost = useHttpHosts(tempDir);
const start = async () => (await startHost()).host;
const api = apiCall;

describe('HTTP host', () => {
  it('prints a loopback URL carrying its random token', async () => {
    const host = await start();
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/#token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(32);
    const other = await start();
    expect(other.token).not.toBe(host.token);
  });

  it('serves the same contract with the token, and refuses calls without it', async () => {
    const host = await start();
    const ok = await api(host, 'documents.list', {});
    expect(ok.status).toBe(200);
    expect(fromWire(ok.body)).toEqual({ ok: true, value: { total: 0, items: [] } });
    expect((await api(host, 'documents.list', {}, 'wrong-token')).status).toBe(401);
    expect((await raw(host, { path: '/api/documents.list', method: 'POST', body: '{}' })).status).toBe(401);
    const invalid = fromWire((await api(host, 'documents.get', { id: -1 })).body);
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    const garbage = await raw(host, {
      path: '/api/documents.list',
      method: 'POST',
      headers: { 'x-lontar-token': host.token },
      body: '{not json',
    });
    expect(garbage.status).toBe(400);
  });

  it('carries uploads as bytes and imports them', async () => {
    const host = await start();
    const staged = fromWire((await upload(host, 'a.txt', new TextEncoder().encode('Dinas Sosial'))).body) as {
      ok: true;
      value: { stagedId: string };
    };
    expect(staged.ok).toBe(true);
    const started = fromWire((await api(host, 'import.start', { sources: [{ stagedId: staged.value.stagedId, name: 'a.txt' }] })).body) as {
      ok: true;
      value: { jobId: number };
    };
    expect(started.ok).toBe(true);
    let total = 0;
    for (let i = 0; i < 50 && total === 0; i++) {
      await new Promise((r) => setTimeout(r, 20));
      total = (fromWire((await api(host, 'documents.list', {})).body) as { value: { total: number } }).value.total;
    }
    expect(total).toBe(1);
  });

  it('refuses foreign Host headers (DNS rebinding) and cross-origin calls', async () => {
    const host = await start();
    expect((await raw(host, { path: '/', headers: { host: 'evil.example:80' } })).status).toBe(421);
    const cross = await raw(host, {
      path: '/api/documents.list',
      method: 'POST',
      headers: { 'x-lontar-token': host.token, origin: 'http://evil.example' },
      body: '{}',
    });
    expect(cross.status).toBe(403);
  });

  it('serves the UI with a strict CSP and nothing outside its folder', async () => {
    const host = await start();
    const index = await raw(host, { path: '/' });
    expect(index.status).toBe(200);
    expect(index.body).toContain('<title>Lontar</title>');
    expect(String(index.headers['content-security-policy'])).toContain("script-src 'self'");
    expect(String(index.headers['content-security-policy'])).not.toContain('unsafe');
    expect((await raw(host, { path: '/../secret.txt' })).body).not.toContain('outside the UI folder');
    expect((await raw(host, { path: '/%2e%2e/secret.txt' })).body).not.toContain('outside the UI folder');
    expect((await raw(host, { path: '/api/documents.list' })).status).toBe(405);
  });

  it('streams events over SSE only with the token', async () => {
    const host = await start();
    expect((await raw(host, { path: '/api/events' })).status).toBe(401);
    const frames = await new Promise<string>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: host.port, path: `/api/events?token=${host.token}` }, (res) => {
        expect(res.headers['content-type']).toBe('text/event-stream');
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
          if (text.includes('event: import.finished')) {
            req.destroy();
            resolve(text);
          }
        });
        void (async () => {
          const staged = fromWire((await upload(host, 'b.txt', new TextEncoder().encode('teks'))).body) as { value: { stagedId: string } };
          await api(host, 'import.start', { sources: [{ stagedId: staged.value.stagedId, name: 'b.txt' }] });
        })();
      });
      req.on('error', reject);
      req.end();
    });
    expect(frames).toContain('event: import.progress');
    expect(frames).toMatch(/event: import\.finished\ndata: \{"jobId":1,"imported":\[\{"file":"b\.txt","id":1\}\]/);
  });
});
