import type { Reporter, TestModule } from 'vitest/node';

/** One test file's time: importing it and running its hooks and tests. */
export interface FileTiming {
  file: string;
  project: string;
  /** Everything below, in milliseconds. */
  total: number;
  /** Importing the file and what it imports (Vitest's collect and setup). */
  load: number;
  /** Hooks (beforeAll builds, browser start) and tests. */
  run: number;
  state: string;
}

export function fileTiming(module: TestModule): FileTiming {
  const d = module.diagnostic();
  const load = d.prepareDuration + d.environmentSetupDuration + d.setupDuration + d.collectDuration;
  return {
    file: module.relativeModuleId,
    project: module.project.name,
    total: load + d.duration,
    load,
    run: d.duration,
    state: module.state(),
  };
}

/** The timings as a table, slowest file first. */
export function formatTimings(timings: FileTiming[], wallMs: number): string {
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`.padStart(8);
  const rows = [...timings].sort((a, b) => b.total - a.total || a.file.localeCompare(b.file));
  const width = Math.max(...rows.map((r) => r.file.length), 4);
  return [
    `Time per test file, slowest first (${rows.length} files; the whole run took ${s(wallMs).trim()}; files run side by side, so the times add up to more):`,
    `  ${'total'.padStart(8)}  ${'load'.padStart(8)}  ${'run'.padStart(8)}  file`,
    ...rows.map(
      (r) => `  ${s(r.total)}  ${s(r.load)}  ${s(r.run)}  ${r.file.padEnd(width)}  ${r.project}${r.state === 'failed' ? '  FAILED' : ''}`,
    ),
  ].join('\n');
}

/**
 * A Vitest reporter that prints, after the run, how long each test file took (load: importing
 * it; run: its hooks and tests), so a slow file shows. Runs beside the default reporter.
 */
export default class FileTimingsReporter implements Reporter {
  private started = performance.now();

  onTestRunStart(): void {
    this.started = performance.now();
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    if (modules.length === 0) return;
    process.stdout.write(`\n${formatTimings(modules.map(fileTiming), performance.now() - this.started)}\n\n`);
  }
}
