import { spawn } from 'node:child_process';

/** One line a child printed on stdout, with when it arrived. */
export interface ChildLine {
  text: string;
  at: number;
}

export interface KillableRun {
  /** True when the test killed it (SIGKILL) while it was still running. */
  killed: boolean;
  code: number | null;
  /** When it printed `READY` (0 if never). */
  readyAt: number;
  lines: ChildLine[];
}

/**
 * A child process of a kill-trial test (R1 import-crash, R2 sms-crash): it prints `READY` once connected; with
 * `killAfterMs` it is killed (SIGKILL) that long after `READY`, i.e. inside its work, not during start-up. Its
 * stderr is shown only when it failed on its own.
 */
export function runKillableChild(args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv; killAfterMs: number | null }): Promise<KillableRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: opts.cwd, env: opts.env });
    const lines: ChildLine[] = [];
    let buffer = '';
    let stderr = '';
    let killed = false;
    let timer: NodeJS.Timeout | undefined;
    let readyAt = 0;
    child.stderr.on('data', (b) => {
      stderr += String(b);
    });
    child.stdout.on('data', (b) => {
      buffer += String(b);
      let nl = buffer.indexOf('\n');
      while (nl >= 0) {
        const text = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        lines.push({ text, at: Date.now() });
        if (text === 'READY') {
          readyAt = Date.now();
          if (opts.killAfterMs !== null)
            timer = setTimeout(() => {
              killed = child.exitCode === null;
              child.kill('SIGKILL');
            }, opts.killAfterMs);
        }
        nl = buffer.indexOf('\n');
      }
    });
    child.on('exit', (code) => {
      if (timer) clearTimeout(timer);
      if (!killed && code !== 0) process.stderr.write(stderr);
      resolve({ killed, code, readyAt, lines });
    });
  });
}
