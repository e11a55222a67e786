/**
 * Where a build's time goes, from Astro's own timer (`ASTRO_TIMER_PATH`: content sync, bundling,
 * page generation, total) and the Pagefind integration's log line (reading, adding, writing).
 */

export interface BuildStages {
  /** Node start, loading the config, before Astro's build timer starts. */
  startup: number;
  contentSync: number;
  /** Vite/Rolldown: compiling pages, MDX and client scripts. */
  bundle: number;
  /** Rendering every page to HTML. */
  render: number;
  pagefind: number;
  pagefindParts: { reading: number; adding: number; writing: number };
  /** Config hooks, Vite setup, the sitemap, `_headers` and the rest. */
  other: number;
}

export interface TimerStats {
  [name: string]: { elapsedTime: number } | undefined;
}

const PAGEFIND_LINE = /Indexed \d+ pages in (\d+) ms \(reading (\d+) ms, adding (\d+) ms, writing (\d+) ms[;)]/;

/** Splits a build's wall time into stages. Throws when the timer or the Pagefind line is missing. */
export function buildStages(wallMs: number, timer: TimerStats, output: string): BuildStages {
  const stat = (name: string) => {
    const value = timer[name]?.elapsedTime;
    if (value === undefined) throw new Error(`Astro's build timer has no "${name}"`);
    return value;
  };
  const pagefindMatch = PAGEFIND_LINE.exec(output);
  if (!pagefindMatch) throw new Error('The build log has no Pagefind timing line');
  const [pagefind, reading, adding, writing] = pagefindMatch.slice(1).map(Number) as [number, number, number, number];
  const total = stat('Total build');
  const contentSync = stat('Sync content layer');
  const bundle = stat('Prerender build') + (timer['Client build']?.elapsedTime ?? 0) + (timer['SSR build']?.elapsedTime ?? 0);
  const render = stat('Static generate');
  return {
    startup: Math.max(0, wallMs - total),
    contentSync,
    bundle,
    render,
    pagefind,
    pagefindParts: { reading, adding, writing },
    other: Math.max(0, total - contentSync - bundle - render - pagefind),
  };
}
