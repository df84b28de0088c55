/**
 * The build sends nothing anywhere. A full `astro build` runs inside a network namespace with no
 * interfaces under strace, with every telemetry opt-out removed from its environment
 * (tests/support/isolated-build.ts); no internet-socket connect may appear in its log, not even
 * one that fails. Under `npm test` that build is the one that made dist/ (its log arrives in
 * BUILD_CONNECT_LOG); run alone, this test makes one of its own. Where unshare or strace cannot
 * run, the in-process check below still proves Astro's telemetry is off once the config has loaded.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CONNECT_LOG_VARIABLE, canIsolate, connectAttempts, envWithoutOptOuts, isolatedBuildCommand } from '../support/isolated-build.ts';

const root = resolve(import.meta.dirname, '../..');
const logFromNpmTest = process.env[CONNECT_LOG_VARIABLE];

describe('the build and the network', () => {
  it.skipIf(!logFromNpmTest && !canIsolate())('builds with no network interface and makes no connect attempt', () => {
    if (logFromNpmTest) {
      expect(connectAttempts(logFromNpmTest)).toEqual([]);
      return;
    }
    const work = mkdtempSync(join(tmpdir(), 'no-network-'));
    try {
      const log = join(work, 'connect.log');
      const [cmd, ...args] = isolatedBuildCommand(log, ['--outDir', join(work, 'dist')]);
      const result = spawnSync(cmd!, args, { cwd: root, env: envWithoutOptOuts(), encoding: 'utf8', timeout: 300_000 });
      expect(result.status, `${result.stdout.slice(-2000)}\n${result.stderr.slice(-2000)}`).toBe(0);
      expect(connectAttempts(log)).toEqual([]);
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
      const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, env: { ...envWithoutOptOuts(), XDG_CONFIG_HOME: home }, encoding: 'utf8' });
      expect(result.status, result.stderr).toBe(0);
      expect(JSON.parse(result.stdout.trim().split('\n').at(-1)!)).toEqual({ before: false, after: true });
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});
