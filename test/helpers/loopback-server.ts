import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ProviderError } from '../../src/core/errors.js';

// A test file's upstream: its server on 127.0.0.1 for the file's tests, and what a provider call
// that must fail failed with.

/** Listens before the file's tests and closes after them; `origin()` is its http://127.0.0.1:port. */
export function serveOnLoopback(server: Server): { origin: () => string } {
  let origin = '';
  before(async () => {
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
  });
  return { origin: () => origin };
}

/** The ProviderError a call failed with (the test fails if it succeeded or failed otherwise). */
export async function providerFailure(p: Promise<unknown>): Promise<ProviderError> {
  const err = await p.then(() => assert.fail('expected a failure'), (e: unknown) => e);
  assert.ok(err instanceof ProviderError, String(err));
  return err;
}
