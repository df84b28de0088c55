/**
 * `npm test`: every test in one command. Finds (or installs) Chromium and its headless shell,
 * then runs the stages below, each as soon as the stages it needs have passed, so independent
 * ones run side by side:
 *
 *   content check ─► build ─┬─► built-site checks (vitest over dist/)
 *                           └─► browser tests (Playwright against `astro preview`)
 *   type check          (beside the above)
 *   unit and content tests (beside the above)
 *
 * Where it can, the build runs without a network and logs its connect() calls, which the
 * built-site checks then read (tests/support/isolated-build.ts).
 * Each line of output is prefixed with its stage. The first failing stage stops the run (the others
 * are ended) with its exit code; at the end a table gives every stage's time.
 * TEST_SERIAL=1 runs the stages one after another, e.g. to time each one alone.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { browsersEnv, ensureChromium } from '../src/cli/chromium.ts';
import { CONNECT_LOG_VARIABLE, canIsolate, envWithoutOptOuts, isolatedBuildCommand } from './support/isolated-build.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const browsers = ensureChromium();
console.log(`Browser tests will use ${browsers.headlessShell ?? browsers.chromium}${browsers.headlessShell ? ` (and ${browsers.chromium} where they need the full browser)` : ''}`);
const browserEnv = browsersEnv(browsers);

interface Stage { name: string; tag: string; command: string[]; after: string[]; env?: NodeJS.ProcessEnv }
const npx = (...args: string[]) => ['npx', '--no-install', ...args];

// Where it can, the build runs cut off from the network and logs its connect() calls, and the
// built-site checks read that log instead of building a second time (tests/dist/no-network.test.ts).
const isolated = canIsolate();
const connectLog = join(root, 'node_modules/.cache/npm-test/build-connect.log');
if (isolated) { rmSync(connectLog, { force: true }); mkdirSync(join(connectLog, '..'), { recursive: true }); }
const build: Pick<Stage, 'command' | 'env'> = isolated
  ? { command: isolatedBuildCommand(connectLog), env: envWithoutOptOuts() }
  : { command: npx('astro', 'build') };
const stages: Stage[] = [
  { name: 'Content check', tag: 'content', command: ['npm', 'run', '--silent', 'check:content'], after: [] },
  { name: 'Type check', tag: 'types', command: npx('astro', 'check'), after: [] },
  { name: 'Unit and content tests', tag: 'unit', command: npx('vitest', 'run', '--config', 'tests/vitest.config.ts'), after: [] },
  { name: 'Build', tag: 'build', ...build, after: ['Content check'] },
  { name: 'Built-site checks', tag: 'dist', command: npx('vitest', 'run', '--config', 'tests/vitest.dist.config.ts'), after: ['Build'], ...(isolated ? { env: { ...process.env, [CONNECT_LOG_VARIABLE]: connectLog } } : {}) },
  { name: 'Browser tests', tag: 'e2e', command: npx('playwright', 'test', '--config', 'tests/playwright.config.ts'), after: ['Build'] },
];
const serial = process.env['TEST_SERIAL'] === '1';
if (serial) stages.forEach((stage, i) => { stage.after = i === 0 ? [] : [stages[i - 1]!.name]; });

const startedAll = Date.now();
const seconds = (since: number) => ((Date.now() - since) / 1000).toFixed(1);
const done = new Map<string, string>();
const running = new Map<string, ChildProcess>();
const width = Math.max(...stages.map((s) => s.tag.length));

function prefixed(tag: string, out: NodeJS.WriteStream) {
  let rest = '';
  return {
    write(chunk: Buffer) {
      const lines = (rest + chunk.toString()).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) out.write(`[${tag.padEnd(width)}] ${line}\n`);
    },
    flush() { if (rest) out.write(`[${tag.padEnd(width)}] ${rest}\n`); rest = ''; },
  };
}

/**
 * How a stage is ended: SIGINT, as Ctrl-C would. Playwright starts the preview server in a
 * process group of its own and stops it on SIGINT; on SIGTERM it leaves it running, and the
 * next run found the port taken (seen: a unit failure left a preview on the e2e port).
 */
const STOP_SIGNAL = 'SIGINT';

function fail(stage: Stage, code: number, took: string): never {
  console.error(`\n=== ${stage.name} failed (exit ${code}) after ${took}s.`);
  for (const [name, child] of running) if (name !== stage.name && child.pid) {
    console.error(`=== Ending ${name}.`);
    try { process.kill(-child.pid, STOP_SIGNAL); } catch { /* already gone */ }
  }
  process.exit(code || 1);
}

function startReady(): void {
  for (const stage of stages) {
    if (done.has(stage.name) || running.has(stage.name) || !stage.after.every((n) => done.has(n))) continue;
    const [cmd, ...args] = stage.command;
    console.log(`=== ${stage.name}: ${stage.command.join(' ')}`);
    const started = Date.now();
    // Its own process group, so a failure elsewhere can end it and everything it started.
    const child = spawn(cmd!, args, { cwd: root, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...(stage.env ?? process.env), ...browserEnv, FORCE_COLOR: '0' } });
    running.set(stage.name, child);
    const out = prefixed(stage.tag, process.stdout);
    const err = prefixed(stage.tag, process.stderr);
    child.stdout!.on('data', (c: Buffer) => out.write(c));
    child.stderr!.on('data', (c: Buffer) => err.write(c));
    child.on('close', (code, signal) => {
      out.flush(); err.flush();
      running.delete(stage.name);
      const took = seconds(started);
      if (code !== 0) fail(stage, code ?? (signal ? 1 : 1), took);
      done.set(stage.name, took);
      console.log(`=== ${stage.name} passed in ${took}s`);
      if (done.size === stages.length) finish();
      else startReady();
    });
  }
}

function finish(): void {
  console.log(`\nStages (${serial ? 'one after another' : 'independent ones side by side'}):`);
  for (const stage of stages) console.log(`  ${stage.name.padEnd(24)} ${done.get(stage.name)!.padStart(6)} s`);
  console.log(`  ${'Total (wall clock)'.padEnd(24)} ${seconds(startedAll).padStart(6)} s`);
  console.log(`\nStages: ${stages.length} passed, 0 failed`);
}

// Stages run in their own process groups: end them too when the run is stopped.
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  process.on(signal, () => {
    for (const child of running.values()) if (child.pid) try { process.kill(-child.pid, STOP_SIGNAL); } catch { /* gone */ }
    process.exit(code);
  });
}
startReady();
