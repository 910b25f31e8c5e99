import { type ChildProcess, spawn } from 'node:child_process';

/** One line a child printed on stdout, with when it arrived. */
export interface ChildLine {
  text: string;
  at: number;
}

export interface KillableRun {
  /** True when the test killed it (SIGKILL) while it was still running. */
  killed: boolean;
  code: number | null;
  /** When its work started: `READY` for `runKillableChild`, the work sent for `spawnKillableChild` (0 if never). */
  readyAt: number;
  lines: ChildLine[];
}

interface Watched {
  child: ChildProcess;
  lines: ChildLine[];
  /** Resolves at the child's `READY`. */
  ready: Promise<number>;
  /** Arms the SIGKILL `killAfterMs` from now. */
  armKill(killAfterMs: number | null): void;
  exited: Promise<{ killed: boolean; code: number | null }>;
}

/** Spawns the child and follows its stdout line by line; its stderr is shown only when it failed on its own. */
function watch(args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv; stdin: boolean }): Watched {
  const child = spawn(process.execPath, args, { cwd: opts.cwd, env: opts.env, stdio: [opts.stdin ? 'pipe' : 'ignore', 'pipe', 'pipe'] });
  const lines: ChildLine[] = [];
  let buffer = '';
  let stderr = '';
  let killed = false;
  let timer: NodeJS.Timeout | undefined;
  let onReady: (at: number) => void = () => undefined;
  const ready = new Promise<number>((resolve) => {
    onReady = resolve;
  });
  child.stderr?.on('data', (b) => {
    stderr += String(b);
  });
  child.stdout?.on('data', (b) => {
    buffer += String(b);
    let nl = buffer.indexOf('\n');
    while (nl >= 0) {
      const text = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      lines.push({ text, at: Date.now() });
      if (text === 'READY') onReady(Date.now());
      nl = buffer.indexOf('\n');
    }
  });
  const exited = new Promise<{ killed: boolean; code: number | null }>((resolve) =>
    child.on('exit', (code) => {
      if (timer) clearTimeout(timer);
      onReady(0);
      if (!killed && code !== 0 && code !== null) process.stderr.write(stderr);
      resolve({ killed, code });
    }),
  );
  const armKill = (killAfterMs: number | null) => {
    if (killAfterMs === null) return;
    timer = setTimeout(() => {
      killed = child.exitCode === null;
      child.kill('SIGKILL');
    }, killAfterMs);
  };
  return { child, lines, ready, armKill, exited };
}

/**
 * A child process of a kill-trial test (R2 sms-crash): it prints `READY` once connected and goes on with its work;
 * with `killAfterMs` it is killed (SIGKILL) that long after `READY`, i.e. inside its work, not during start-up.
 */
export async function runKillableChild(args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv; killAfterMs: number | null }): Promise<KillableRun> {
  const w = watch(args, { ...opts, stdin: false });
  const readyAt = await w.ready;
  if (readyAt) w.armKill(opts.killAfterMs);
  const { killed, code } = await w.exited;
  return { killed, code, readyAt, lines: w.lines };
}

/** A child started ahead of its work (R1 import-crash): it boots and connects while the previous trial runs. */
export interface StandbyChild {
  /** Sends the work (one line on stdin) once the child is `READY`; with `killAfterMs` it is killed that long after. */
  start(work: string, killAfterMs: number | null): Promise<KillableRun>;
  /** Ends a child that was never given work. */
  stop(): Promise<void>;
}

/**
 * Spawns a child that prints `READY` once connected and then waits for its work on stdin (one line), so the next
 * trial's start-up overlaps the current one's work: the trials measure kills inside the work, not process start-up.
 */
export function spawnKillableChild(args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv }): StandbyChild {
  const w = watch(args, { ...opts, stdin: true });
  return {
    async start(work, killAfterMs) {
      if (!(await w.ready)) {
        const { killed, code } = await w.exited;
        return { killed, code, readyAt: 0, lines: w.lines };
      }
      const readyAt = Date.now();
      w.child.stdin?.end(`${work}\n`);
      w.armKill(killAfterMs);
      const { killed, code } = await w.exited;
      return { killed, code, readyAt, lines: w.lines };
    },
    async stop() {
      w.child.kill('SIGKILL');
      await w.exited;
    },
  };
}
