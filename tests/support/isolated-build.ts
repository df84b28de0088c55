/**
 * An `astro build` that can prove it sends nothing anywhere: it runs inside a network namespace
 * with no interfaces (`unshare -n`, needs root) under strace, which logs every connect() any
 * process of the build makes, with the telemetry opt-outs removed from its environment (so the
 * project itself must turn telemetry off). `npm test` builds this way when it can and hands the
 * log to tests/dist/no-network.test.ts, so one build serves both; run alone, the test builds
 * this way itself.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const can = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;

/** Whether this machine can isolate a build (root, unshare and strace). */
export const canIsolate = (): boolean => process.getuid?.() === 0 && can('unshare', ['-n', 'true']) && can('strace', ['-o', '/dev/null', 'true']);

/** The variable through which `npm test` passes its build's connect() log to the test. */
export const CONNECT_LOG_VARIABLE = 'BUILD_CONNECT_LOG';

/** The command that runs `astro build [args]` isolated, logging connect() calls to `log`. */
export function isolatedBuildCommand(log: string, args: string[] = []): string[] {
  // With a seccomp filter the kernel stops the build only at connect(), not at every system call
  // (the same log, in well under half the time); older straces without it trace the slow way.
  const seccomp = can('strace', ['-f', '--seccomp-bpf', '-e', 'trace=connect', '-o', '/dev/null', 'true']) ? ['--seccomp-bpf'] : [];
  return ['unshare', '-n', 'strace', '-f', '-qq', ...seccomp, '-e', 'trace=connect', '-o', log, join(root, 'node_modules/.bin/astro'), 'build', ...args];
}

/** The environment without any telemetry opt-out, the project's own Node first on PATH. */
export function envWithoutOptOuts(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const clean: NodeJS.ProcessEnv = { ...env, PATH: `${join(root, 'node_modules/.bin')}:${env['PATH'] ?? ''}` };
  delete clean['ASTRO_TELEMETRY_DISABLED'];
  delete clean['TELEMETRY_DISABLED'];
  delete clean['DO_NOT_TRACK'];
  return clean;
}

/** The internet-socket connect() attempts in a log (a failed attempt counts too). */
export const connectAttempts = (log: string): string[] => readFileSync(log, 'utf8').split('\n').filter((l) => /connect\(.*AF_INET6?/.test(l));
