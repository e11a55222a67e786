import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { itemAt } from '../src/lib/required';

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? itemAt(sorted, mid) : (itemAt(sorted, mid - 1) + itemAt(sorted, mid)) / 2;
}

/** Resident memory (KiB) of a process tree, read from /proc: the whole tree and its largest process. */
function treeRssKiB(rootPid: number): { total: number; largest: number } {
  const parents = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      const vmRss = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      parents.set(Number(name), ppid);
      rss.set(Number(name), vmRss);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  let largest = 0;
  for (const [pid, kib] of rss) {
    for (let p: number | undefined = pid; p && p > 1; p = parents.get(p)) {
      if (p === rootPid) {
        total += kib;
        largest = Math.max(largest, kib);
        break;
      }
    }
  }
  return { total, largest };
}

export interface RunResult {
  ms: number;
  /** Peak of the whole process tree's resident memory. */
  peakRssMiB: number;
  /** Peak resident memory of the largest single process (what `/usr/bin/time` reports). */
  peakProcessRssMiB: number;
  status: number | null;
  output: string;
}

/** Runs a command, timing it and sampling the peak memory of its whole process tree. */
export function runMeasured(command: string, args: string[], env: Record<string, string>, cwd: string): Promise<RunResult> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    let peak = 0;
    let peakProcess = 0;
    const timer = setInterval(() => {
      if (!child.pid) return;
      const { total, largest } = treeRssKiB(child.pid);
      peak = Math.max(peak, total);
      peakProcess = Math.max(peakProcess, largest);
    }, 100);
    child.on('close', (status) => {
      clearInterval(timer);
      resolve({ ms: performance.now() - started, peakRssMiB: peak / 1024, peakProcessRssMiB: peakProcess / 1024, status, output });
    });
  });
}

export function dirSize(dir: string): number {
  let total = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const stat = statSync(join(dir, name));
    if (stat.isFile()) total += stat.size;
  }
  return total;
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
