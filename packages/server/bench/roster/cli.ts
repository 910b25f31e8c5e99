import path from 'node:path';
import { DEFAULT_GEN_SEED, generateRosterFiles } from './generate';

/**
 * `pnpm --filter @xiejiu/server bench:roster-files -- --rows 1000000 --out <dir> [--seed N] [--today YYYY-MM-DD] [--planted K]`
 * writes roster.csv, the reference files and manifest.json (bench/roster/generate.ts).
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  const opt = (name: string): string | undefined => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const out = opt('out');
  if (!out) {
    console.error('usage: bench:roster-files -- --out <dir> [--rows 1000000] [--seed N] [--today YYYY-MM-DD] [--planted K]');
    process.exit(2);
  }
  const started = Date.now();
  const manifest = await generateRosterFiles({
    outDir: path.resolve(out),
    rows: Number(opt('rows') ?? 1_000_000),
    seed: Number(opt('seed') ?? DEFAULT_GEN_SEED),
    today: opt('today'),
    plantedPerRule: opt('planted') ? Number(opt('planted')) : undefined,
  });
  const files = Object.entries(manifest.files)
    .map(([f, x]) => `${f} ${x.rows} rows ${(x.bytes / 2 ** 20).toFixed(1)} MiB`)
    .join('; ');
  console.log(
    `[roster-files] ${path.resolve(out)} in ${((Date.now() - started) / 1000).toFixed(1)} s, today ${manifest.today}, peak rss ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB`,
  );
  console.log(`[roster-files] ${files}`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
});
