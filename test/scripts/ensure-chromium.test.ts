import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('../../scripts/ensure-chromium.sh', import.meta.url));

// The system's package manager is the boundary: `id`, `sudo` and `apt-get` are stand-ins on a PATH of
// their own that record how they were called; apt-get "installs" by creating the checked path.
const STUBS: Record<string, string> = {
  id: 'echo "$STUB_UID"',
  sudo: `echo "sudo $*" >> "$STUB_LOG"
[ "$STUB_SUDO" = ok ] || exit 1
shift
[ "$1" = true ] && exit 0
exec "$@"`,
  'apt-get': `echo "apt-get $*" >> "$STUB_LOG"
[ "$STUB_APT" = ok ] || exit 100
case " $* " in *" install "*) echo '#!/bin/sh' > "$CROSSDESK_CHROMIUM"; /bin/chmod +x "$CROSSDESK_CHROMIUM";; esac`,
};

interface Machine {
  uid?: string;
  sudo?: 'ok' | 'refused' | 'absent';
  apt?: 'ok' | 'fails' | 'absent';
  chromium?: boolean;
}

function run(machine: Machine): { status: number | null; stderr: string; calls: string[]; installed: boolean } {
  const dir = mkdtempSync(join(tmpdir(), 'crossdesk-chromium-'));
  try {
    const bin = join(dir, 'bin');
    const chromium = join(dir, 'chromium');
    const log = join(dir, 'calls.log');
    spawnSync('mkdir', [bin]);
    writeFileSync(log, '');
    symlinkSync('/usr/bin/env', join(bin, 'env'));
    const absent = [machine.sudo === 'absent' && 'sudo', machine.apt === 'absent' && 'apt-get'];
    for (const [name, body] of Object.entries(STUBS)) {
      if (absent.includes(name)) continue;
      writeFileSync(join(bin, name), `#!/bin/bash\n${body}\n`);
      chmodSync(join(bin, name), 0o755);
    }
    if (machine.chromium) {
      writeFileSync(chromium, '#!/bin/sh\n');
      chmodSync(chromium, 0o755);
    }
    const result = spawnSync('/bin/bash', [SCRIPT], {
      encoding: 'utf8',
      env: {
        PATH: bin,
        CROSSDESK_CHROMIUM: chromium,
        STUB_LOG: log,
        STUB_UID: machine.uid ?? '1000',
        STUB_SUDO: machine.sudo ?? 'refused',
        STUB_APT: machine.apt === 'fails' ? 'fails' : 'ok',
      },
    });
    const calls = readFileSync(log, 'utf8').split('\n').filter(Boolean);
    return { status: result.status, stderr: result.stderr, calls, installed: existsSync(chromium) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('scripts/ensure-chromium.sh (before npm test)', () => {
  it('does nothing, silently, when Chromium is there', () => {
    const r = run({ chromium: true, uid: '0' });
    assert.deepEqual([r.status, r.stderr, r.calls], [0, '', []]);
  });

  it('installs Debian’s chromium with apt-get when it is missing and the user is root', () => {
    const r = run({ uid: '0' });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.calls[0], 'apt-get update -qq');
    assert.match(r.calls[1], /^apt-get install -y .*chromium$/);
    assert.equal(r.calls.length, 2);
    assert.ok(r.installed);
  });

  it('installs through sudo when the user may use it without a password', () => {
    const r = run({ uid: '1000', sudo: 'ok' });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(
      r.calls.filter((c) => c.startsWith('apt-get')).map((c) => c.split(' ')[1]),
      ['update', 'install'],
    );
    assert.ok(r.calls.some((c) => /^sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install/.test(c)));
    assert.ok(r.installed);
  });

  it('prints the one command to run and fails when the user may not install, touching nothing', () => {
    for (const sudo of ['refused', 'absent'] as const) {
      const r = run({ uid: '1000', sudo });
      assert.equal(r.status, 1, sudo);
      assert.match(r.stderr, /run: sudo apt-get update && sudo apt-get install -y chromium\n$/);
      assert.equal(r.stderr.trim().split('\n').length, 1);
      assert.ok(!r.calls.some((c) => c.startsWith('apt-get')), sudo);
      assert.ok(!r.installed);
    }
  });

  it('fails when apt-get fails or there is no apt-get', () => {
    const failed = run({ uid: '0', apt: 'fails' });
    assert.notEqual(failed.status, 0);
    assert.ok(!failed.installed);
    const noApt = run({ uid: '0', apt: 'absent' });
    assert.equal(noApt.status, 1);
    assert.match(noApt.stderr, /need Chromium at .*chromium \(on Debian: sudo apt-get install -y chromium\)/);
  });
});
