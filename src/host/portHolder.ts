import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

/** The process listening on a TCP port, as far as this user may see it. */
export interface PortHolder {
  pid: number;
  /** Its command line, e.g. `java … CommunityEntryPoint --home-dir=…`. */
  command: string;
}

/**
 * Who listens on `port`: read from /proc on Linux (the socket's inode in /proc/net/tcp{,6}, then
 * the process holding that inode), else from `lsof`. Null when it cannot be found — another user's
 * process, or neither source available — in which case the message names the port only.
 */
export function portHolder(port: number): PortHolder | null {
  try {
    return fromProc(port) ?? fromLsof(port);
  } catch {
    return null;
  }
}

/** What holds a port, for the advice that follows: our own Neo4j and Plan Graph are recognised. */
export function holderKind(holder: PortHolder | null): 'neo4j' | 'plangraph' | 'other' | 'unknown' {
  if (holder === null) return 'unknown';
  if (holder.command.includes('CommunityEntryPoint')) return 'neo4j';
  if (/\bcli[/\\]main\.[jt]s serve\b|\bplangraph(\.cjs)? serve\b/.test(holder.command)) return 'plangraph';
  return 'other';
}

/** A holder in words: Neo4j with its home, Plan Graph, or the command line of anything else. */
export function describeHolder(holder: PortHolder | null, port: number): string {
  if (holder === null) return `another process (not found from here: \`lsof -i :${port}\` or \`ss -ltnp\` may show it)`;
  switch (holderKind(holder)) {
    case 'neo4j': {
      const home = /--home-dir=(\S+)/.exec(holder.command)?.[1];
      return `a Neo4j server (pid ${holder.pid}${home ? `, home ${home}` : ''})`;
    }
    case 'plangraph':
      return `Plan Graph (plangraph serve, pid ${holder.pid})`;
    default:
      return `pid ${holder.pid} (${holder.command.length > 120 ? `${holder.command.slice(0, 117)}…` : holder.command})`;
  }
}

const LISTEN = '0A';

function fromProc(port: number): PortHolder | null {
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text: string;
    try {
      text = readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      const local = cols[1];
      if (local === undefined || cols[3] !== LISTEN) continue;
      if (parseInt(local.slice(local.lastIndexOf(':') + 1), 16) === port && cols[9] !== undefined) inodes.add(cols[9]);
    }
  }
  if (inodes.size === 0) return null;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${entry}/fd`);
    } catch {
      continue; // another user's process, or it has just ended
    }
    for (const fd of fds) {
      let target: string;
      try {
        target = readlinkSync(`/proc/${entry}/fd/${fd}`);
      } catch {
        continue;
      }
      const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
      if (inode !== undefined && inodes.has(inode)) return { pid: Number(entry), command: commandLine(Number(entry)) };
    }
  }
  return null;
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
  } catch {
    return '?';
  }
}

// macOS and the BSDs have no /proc; lsof (-F: one field per line, p = pid, c = command name) does.
function fromLsof(port: number): PortHolder | null {
  const out = execFileSync('lsof', ['-nP', `-iTCP:${port}`, '-sTCP:LISTEN', '-Fpc'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    timeout: 5_000,
  });
  const pid = /^p(\d+)$/m.exec(out)?.[1];
  if (pid === undefined) return null;
  const ps = execFileSync('ps', ['-p', pid, '-o', 'command='], { encoding: 'utf8', timeout: 5_000 }).trim();
  return { pid: Number(pid), command: ps || (/^c(.+)$/m.exec(out)?.[1] ?? '?') };
}
