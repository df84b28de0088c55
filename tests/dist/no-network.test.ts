/**
 * The build sends nothing anywhere. A full `astro build` runs inside a network namespace with
 * no interfaces (`unshare -n`, needs root) under strace, which logs every connect() any process
 * of the build makes; no internet-socket connect may appear, not even one that fails. The
 * environment is cleared of ASTRO_TELEMETRY_DISABLED, so the project itself must turn
 * telemetry off (astro.config.mjs). Where unshare or strace cannot run, the in-process check
 * below still proves Astro's telemetry is off once the config has loaded.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'node_modules/.bin');
const can = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
const isolated = process.getuid?.() === 0 && can('unshare', ['-n', 'true']) && can('strace', ['-o', '/dev/null', 'true']);
// With a seccomp filter the kernel stops the build only at connect(), not at every system call
// (the same log, in well under half the time); older straces without it trace the slow way.
const seccomp = can('strace', ['-f', '--seccomp-bpf', '-e', 'trace=connect', '-o', '/dev/null', 'true']) ? ['--seccomp-bpf'] : [];

const cleanEnv = () => {
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${bin}:${process.env['PATH'] ?? ''}` };
  delete env['ASTRO_TELEMETRY_DISABLED'];
  delete env['TELEMETRY_DISABLED'];
  delete env['DO_NOT_TRACK'];
  return env;
};

describe('the build and the network', () => {
  it.skipIf(!isolated)('builds with no network interface and makes no connect attempt', () => {
    const work = mkdtempSync(join(tmpdir(), 'no-network-'));
    try {
      const log = join(work, 'connect.log');
      const result = spawnSync('unshare', ['-n', 'strace', '-f', '-qq', ...seccomp, '-e', 'trace=connect', '-o', log, 'astro', 'build', '--outDir', join(work, 'dist')], {
        cwd: root, env: cleanEnv(), encoding: 'utf8', timeout: 300_000,
      });
      expect(result.status, `${result.stdout.slice(-2000)}\n${result.stderr.slice(-2000)}`).toBe(0);
      const attempts = readFileSync(log, 'utf8').split('\n').filter((l) => /connect\(.*AF_INET6?/.test(l));
      expect(attempts).toEqual([]);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 300_000);

  it('has Astro telemetry off as soon as the project config is loaded', () => {
    const script = `
      delete process.env.ASTRO_TELEMETRY_DISABLED;
      const { telemetry } = await import(${JSON.stringify(join(root, 'node_modules/astro/dist/events/index.js'))});
      const before = telemetry.isDisabled;
      await import(${JSON.stringify(join(root, 'astro.config.mjs'))});
      console.log(JSON.stringify({ before, after: telemetry.isDisabled }));`;
    // A throwaway config home, so a machine-wide "astro telemetry disable" cannot hide the result.
    const home = mkdtempSync(join(tmpdir(), 'astro-config-'));
    try {
      const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, env: { ...cleanEnv(), XDG_CONFIG_HOME: home }, encoding: 'utf8' });
      expect(result.status, result.stderr).toBe(0);
      expect(JSON.parse(result.stdout.trim().split('\n').at(-1)!)).toEqual({ before: false, after: true });
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});
