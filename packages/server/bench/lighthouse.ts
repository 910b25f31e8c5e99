import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { median } from './phase-stats';

/**
 * P7 as the browser sees it (issue #11 item 4): Lighthouse performance of the console's login page and
 * `/ledger` (desktop preset — the console is used at desks; the login page also on the mobile preset, for
 * reference) and of the portal (mobile preset: a phone on simulated slow 4G with a 4× slower CPU), each a first
 * visit with an empty cache against the real server and the built console/portal; with what the visit
 * downloaded (scripts and everything, transfer bytes as served: brotli/gzip). `/ledger` is opened with the
 * session cookie of a real `login` (the district user). Lighthouse 12 (Node 20) drives Debian's chromium
 * (`CHROME_PATH`, default /usr/bin/chromium) as its own child process; the median of `runs` runs per page.
 */
export interface LighthousePage {
  label: string;
  path: string;
  preset: 'desktop' | 'mobile';
  /** Open the page logged in as this user. */
  user?: string;
  /** Part of the bar (score ≥ LIGHTHOUSE_BAR); otherwise shown for reference. */
  bar: boolean;
}

export const LIGHTHOUSE_BAR = 95;

export const LIGHTHOUSE_PAGES: LighthousePage[] = [
  { label: '登录页 `/login`', path: '/login', preset: 'desktop', bar: true },
  { label: '家庭台账 `/ledger`', path: '/ledger', preset: 'desktop', user: 'minzheng01', bar: true },
  { label: '门户 `/portal/`', path: '/portal/', preset: 'mobile', bar: true },
  { label: '在线申请 `/portal/shenqing`', path: '/portal/shenqing', preset: 'mobile', bar: true },
  { label: '进度查询 `/portal/chaxun`', path: '/portal/chaxun', preset: 'mobile', bar: true },
  { label: '登录页 `/login` (mobile preset, reference)', path: '/login', preset: 'mobile', bar: false },
];

const METRICS = {
  'first-contentful-paint': 'FCP',
  'largest-contentful-paint': 'LCP',
  'total-blocking-time': 'TBT',
  'cumulative-layout-shift': 'CLS',
  'speed-index': 'SI',
} as const;

export interface LighthouseRun {
  score: number;
  /** numericValue per metric (ms; CLS unitless). */
  metrics: Record<keyof typeof METRICS, number>;
  scriptBytes: number;
  totalBytes: number;
  finalUrl: string;
}

export interface LighthousePageResult {
  page: LighthousePage;
  runs: LighthouseRun[];
  /** the run with the median score */
  median: LighthouseRun;
  pass: boolean;
}

export interface LighthouseResult {
  pages: LighthousePageResult[];
  pass: boolean;
  version: string;
  chrome: string;
}

export interface LighthouseOptions {
  url: string;
  runs: number;
  /** A session cookie (`name=value`) of `user`, from a real login. */
  login: (user: string) => Promise<string>;
  log: (m: string) => void;
  consoleDist: string;
  portalDist: string;
}

const chromePath = () => process.env.CHROME_PATH ?? '/usr/bin/chromium';

function lighthouseCli(): { cli: string; version: string } {
  const pkgPath = require.resolve('lighthouse/package.json');
  const pkg = JSON.parse(fs.readFileSync(pkgPath, 'utf8')) as { version: string; bin: Record<string, string> };
  return { cli: path.join(path.dirname(pkgPath), pkg.bin.lighthouse), version: pkg.version };
}

async function runOnce(cli: string, target: string, page: LighthousePage, cookie: string | null): Promise<LighthouseRun> {
  const args = [
    cli,
    target,
    '--only-categories=performance',
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
    ...(page.preset === 'desktop' ? ['--preset=desktop'] : []),
    ...(cookie ? [`--extra-headers=${JSON.stringify({ Cookie: cookie })}`] : []),
  ];
  const out = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, CHROME_PATH: chromePath() }, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(Buffer.concat(chunks).toString('utf8')) : reject(new Error(`lighthouse exited ${code}: ${err.slice(-800)}`)),
    );
  });
  const lhr = JSON.parse(out) as {
    categories: { performance: { score: number | null } };
    audits: Record<string, { numericValue?: number; details?: { items?: Array<{ resourceType?: string; transferSize?: number }> } }>;
    finalDisplayedUrl: string;
    runtimeError?: { code: string; message: string };
  };
  if (lhr.runtimeError) throw new Error(`lighthouse ${target}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  if (lhr.categories.performance.score === null) throw new Error(`lighthouse ${target}: no performance score`);
  const summary = lhr.audits['resource-summary']?.details?.items ?? [];
  const bytesOf = (type: string) => summary.find((i) => i.resourceType === type)?.transferSize ?? 0;
  const metrics = Object.fromEntries(Object.keys(METRICS).map((k) => [k, lhr.audits[k]?.numericValue ?? Number.NaN])) as LighthouseRun['metrics'];
  return {
    score: Math.round(lhr.categories.performance.score * 100),
    metrics,
    scriptBytes: bytesOf('script'),
    totalBytes: bytesOf('total'),
    finalUrl: lhr.finalDisplayedUrl,
  };
}

function chromeVersion(): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(chromePath(), ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] });
    let s = '';
    child.stdout.on('data', (c: Buffer) => (s += c.toString()));
    child.on('error', () => resolve('unknown'));
    child.on('close', () => resolve(s.trim() || 'unknown'));
  });
}

export async function measureLighthouse(o: LighthouseOptions): Promise<LighthouseResult> {
  for (const [name, dir] of [
    ['console', o.consoleDist],
    ['portal', o.portalDist],
  ] as const) {
    if (!fs.existsSync(path.join(dir, 'index.html'))) throw new Error(`${name} is not built (${dir}): run \`pnpm build\` first`);
  }
  if (!fs.existsSync(chromePath())) throw new Error(`no browser at ${chromePath()}: run \`bash scripts/ensure-chromium.sh\` (or set CHROME_PATH)`);
  const { cli, version } = lighthouseCli();
  const pages: LighthousePageResult[] = [];
  for (const page of LIGHTHOUSE_PAGES) {
    const runs: LighthouseRun[] = [];
    for (let i = 0; i < o.runs; i++) {
      // A fresh session per run: the page is what a user sees right after logging in.
      const cookie = page.user ? await o.login(page.user) : null;
      const run = await runOnce(cli, `${o.url}${page.path}`, page, cookie);
      if (page.user && !new URL(run.finalUrl).pathname.startsWith(page.path)) {
        throw new Error(`lighthouse ${page.path}: ended on ${run.finalUrl} (not logged in?)`);
      }
      o.log(`lighthouse ${page.path} (${page.preset}) run ${i + 1}: ${run.score}`);
      runs.push(run);
    }
    const sorted = [...runs].sort((a, b) => a.score - b.score);
    const mid = sorted[Math.floor((sorted.length - 1) / 2)];
    pages.push({ page, runs, median: mid, pass: !page.bar || median(runs.map((r) => r.score)) >= LIGHTHOUSE_BAR });
  }
  return { pages, pass: pages.every((p) => p.pass), version, chrome: await chromeVersion() };
}

const kB = (b: number) => `${(b / 1000).toFixed(0)} kB`;
const ms = (v: number) => (v >= 1000 ? `${(v / 1000).toFixed(1)} s` : `${Math.round(v)} ms`);

export function renderLighthouse(r: LighthouseResult, meta: { command: string; machine: string; runs: number }): string {
  return [
    `### Run of ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `- Command: \`${meta.command}\` — Lighthouse ${r.version}, ${r.chrome} (headless), ${meta.runs} runs per page, the median score; each run a first visit with an empty cache`,
    `- Machine: ${meta.machine}`,
    `- Presets: desktop (\`--preset=desktop\`: no network throttling beyond Lighthouse's desktop simulation, 1× CPU) for the console; mobile (Lighthouse's default: simulated slow 4G, 4× CPU slowdown, 412-wide phone) for the portal`,
    '',
    `**P7 in the browser** — Lighthouse performance ≥ ${LIGHTHOUSE_BAR} on the login page and \`/ledger\` (desktop) and the portal (mobile): ${r.pass ? '**pass**' : '**FAIL**'}`,
    '',
    '| page | preset | score (median) | runs | FCP | LCP | TBT | CLS | Speed Index | scripts transferred | everything transferred |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...r.pages.map((p) => {
      const m = p.median.metrics;
      const score = `${p.median.score}${p.page.bar ? (p.pass ? ' pass' : ' **FAIL**') : ''}`;
      return `| ${p.page.label} | ${p.page.preset} | ${score} | ${p.runs.map((x) => x.score).join(', ')} | ${ms(m['first-contentful-paint'])} | ${ms(m['largest-contentful-paint'])} | ${ms(m['total-blocking-time'])} | ${m['cumulative-layout-shift'].toFixed(3)} | ${ms(m['speed-index'])} | ${kB(p.median.scriptBytes)} | ${kB(p.median.totalBytes)} |`;
    }),
    '',
    "Metrics are those of the median-score run. Transfer sizes are Lighthouse's `resource-summary` (compressed bytes as served, headers included).",
  ].join('\n');
}
