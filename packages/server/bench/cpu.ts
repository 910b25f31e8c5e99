import fs from 'node:fs';
import path from 'node:path';

/**
 * CPU time, read from /proc (Linux), of what serves a load phase: this process's threads and the
 * PostgreSQL processes of one embedded data dir. CPU per request moves far less with other work on the
 * machine than rps do, and says which side (Node or PostgreSQL) a change saved.
 */

/** user + system ticks (1/100 s) of a /proc stat file; 0 when the process is gone. */
function ticks(file: string): number {
  try {
    const f = fs.readFileSync(file, 'utf8');
    const rest = f.slice(f.lastIndexOf(')') + 2).split(' ');
    return Number(rest[11]) + Number(rest[12]);
  } catch {
    return 0;
  }
}

/** Ticks of this process's main thread and of its other threads (worker threads, GC helpers). */
export function threadTicks(): { main: number; other: number } {
  let main = 0;
  let other = 0;
  for (const t of fs.readdirSync('/proc/self/task')) {
    if (Number(t) === process.pid) main += ticks(`/proc/self/task/${t}/stat`);
    else other += ticks(`/proc/self/task/${t}/stat`);
  }
  return { main, other };
}

/**
 * Ticks of the postmaster of `dataDir`'s embedded PostgreSQL (`<dataDir>/pg`) and its children (backends,
 * walwriter, …) — not other sessions' servers. null when that data dir runs no embedded PostgreSQL
 * (an external server: its CPU is not ours to read).
 */
export function pgTicks(dataDir: string): number | null {
  let postmaster: number;
  try {
    postmaster = Number(fs.readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return null;
  }
  let sum = 0;
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const f = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(f.slice(f.lastIndexOf(')') + 2).split(' ')[1]);
      if (Number(d) === postmaster || ppid === postmaster) sum += ticks(`/proc/${d}/stat`);
    } catch {
      /* gone */
    }
  }
  return sum;
}
