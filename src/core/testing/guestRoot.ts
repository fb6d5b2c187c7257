// Test-only: runs a generated bash script against a private file-system root and a private network namespace, so
// its persistence steps (files under /etc, wicked, netplan, nmcli, networkctl) can be checked without touching the
// host. The script's absolute /etc paths are rewritten into the temporary root; the commands it may call are either
// real tools linked into a private bin directory or recording stubs; nothing else is on PATH.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Real tools the scripts use; each is linked from the host's PATH into the private bin directory. */
const REAL_TOOLS = ['bash', 'env', 'ip', 'grep', 'cat', 'cmp', 'install', 'mktemp', 'rm', 'id', 'sort', 'head', 'tail'];

let counter = 0;

/** One private root + namespace. Call `destroy` in afterEach/afterAll, even after a failure. */
export class GuestRoot {
  readonly root: string;
  readonly ns: string;
  private readonly bin: string;
  private readonly stubs: string;

  constructor() {
    this.root = mkdtempSync(join(tmpdir(), 'floatplan-guest-'));
    this.bin = join(this.root, '.bin');
    this.stubs = join(this.root, '.stubs');
    mkdirSync(this.bin);
    mkdirSync(this.stubs);
    for (const tool of REAL_TOOLS) {
      const found = spawnSync('bash', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).stdout.trim();
      if (!found) throw new Error(`${tool} is not installed`);
      symlinkSync(found, join(this.bin, tool));
    }
    this.ns = `fp-${process.pid}-g${++counter}`;
    spawnSync('ip', ['netns', 'add', this.ns]);
    spawnSync('ip', ['-n', this.ns, 'link', 'set', 'lo', 'up']);
  }

  /** Writes a file under the root (`path` is absolute, as the guest sees it). */
  write(path: string, content: string): void {
    mkdirSync(dirname(join(this.root, path)), { recursive: true });
    writeFileSync(join(this.root, path), content);
  }

  /** A file under the root, or undefined when it does not exist. */
  read(path: string): string | undefined {
    const p = join(this.root, path);
    return existsSync(p) ? readFileSync(p, 'utf8') : undefined;
  }

  /**
   * A stub command: it appends `<name> <args>` to /calls.log under the root and runs `body` (bash, with "$@"), so a
   * test can answer what the script asks (nmcli general → running) and see what it did.
   */
  stub(name: string, body = 'exit 0'): void {
    const file = join(this.stubs, name);
    writeFileSync(file, `#!${join(this.bin, 'bash')}\nprintf '%s\\n' "${name} $*" >>'${join(this.root, 'calls.log')}'\n${body}\n`);
    chmodSync(file, 0o755);
  }

  /** Every stub call so far, one `<name> <args>` per line. */
  calls(): string[] {
    return (this.read('/calls.log') ?? '').split('\n').filter((l) => l !== '');
  }

  /** Runs `script` in the namespace with only the stubs and linked tools on PATH, its /etc paths moved into the root. */
  run(script: string): { code: number | null; out: string; err: string } {
    const text = script.replace(/(?<=[\s"'=])\/etc\//g, `${this.root}/etc/`);
    const file = join(this.root, 'script.sh');
    writeFileSync(file, text);
    const r = spawnSync(
      'ip',
      ['netns', 'exec', this.ns, join(this.bin, 'env'), '-i', `PATH=${this.stubs}:${this.bin}`, join(this.bin, 'bash'), file],
      { encoding: 'utf8' },
    );
    return { code: r.status, out: r.stdout, err: r.stderr };
  }

  /** `ip -o addr show dev lo` in the namespace. */
  loopback(): string {
    return spawnSync('ip', ['-n', this.ns, '-o', 'addr', 'show', 'dev', 'lo'], { encoding: 'utf8' }).stdout;
  }

  destroy(): void {
    spawnSync('ip', ['netns', 'del', this.ns]);
    rmSync(this.root, { recursive: true, force: true });
  }
}
