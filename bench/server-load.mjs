#!/usr/bin/env node
// Requests per second and p99 latency of the reference server for two reads: the server in its own process on 127.0.0.1, a bounded load
// (8 connections, 8 seconds) from this one. PGlite always; PostgreSQL too when
// BENCH_DATABASE_URL is set. Writes bench/results.json → server.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const PORT = 8790;
// Orders are kept in memory once loaded; return options read the returns table on every request.
const ENDPOINTS = [
  ['GET /orders/{id}', '/orders/BK-1001?email=somchai%40example.com'],
  ['GET /orders/{id}/return-options', '/orders/BK-1004/return-options'],
];
const URL = `http://127.0.0.1:${PORT}`;

async function waitForHealth() {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${URL}/health`)).ok) return;
    } catch {
      // Starting.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('server did not start');
}

async function measure(database, env) {
  const server = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'server/main.ts'], {
    env: { ...process.env, PORT: String(PORT), RESET: '1', ...env },
    stdio: 'ignore',
  });
  try {
    await waitForHealth();
    const rows = [];
    for (const [endpoint, path] of ENDPOINTS) {
      const result = await autocannon({ url: `${URL}${path}`, connections: 8, duration: 8 });
      rows.push({
        database,
        endpoint,
        requestsPerSecond: Math.round(result.requests.average),
        p50Ms: result.latency.p50,
        p99Ms: result.latency.p99,
        errors: result.errors + result.non2xx,
      });
    }
    return rows;
  } finally {
    server.kill();
    await new Promise((resolve) => server.once('exit', resolve));
  }
}

const results = await measure('PGlite (embedded)', { DATA_DIR: 'memory://' });
if (process.env.BENCH_DATABASE_URL) {
  results.push(...(await measure('PostgreSQL', { DATABASE_URL: process.env.BENCH_DATABASE_URL })));
}
const previous = existsSync('bench/results.json') ? JSON.parse(readFileSync('bench/results.json', 'utf8')) : {};
writeFileSync('bench/results.json', JSON.stringify({ ...previous, server: results }, null, 2) + '\n');
console.log('| database | endpoint | requests/s | p50 | p99 | errors |');
console.log('| --- | --- | ---: | ---: | ---: | ---: |');
for (const r of results) {
  console.log(
    `| ${r.database} | ${r.endpoint} | ${r.requestsPerSecond} | ${r.p50Ms} ms | ${r.p99Ms} ms | ${r.errors} |`,
  );
}
