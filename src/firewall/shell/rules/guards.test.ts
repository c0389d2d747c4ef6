import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { assess } from '../../engine.js';
import { setGateModelEnabled } from '../../learned/gate-score.js';

// Guards switched off from the shell ask; reading them, installing them and tightening them run.
before(() => setGateModelEnabled(false));
after(() => setGateModelEnabled(true));

const cases: Array<[string, boolean]> = [
  ['git config core.hooksPath /dev/null && git push origin fix/x', true],
  ['git config --global core.hooksPath /tmp/nohooks', true],
  ['pre-commit uninstall && git commit -am wip', true],
  ['powershell -Command "Set-MpPreference -DisableRealtimeMonitoring $true"', true],
  ['sudo spctl --master-disable', true],
  ['hermes config set approvals.cron_mode approve', true],
  ['hermes approvals suggest --apply 1,2', true],
  ['GOSUMDB=off GOFLAGS=-mod=mod go get example.com/x@latest', true],
  ['gh release upload v2.1.0 dist/x.tar.gz --clobber', true],
  ['git config --get core.hooksPath; ls .githooks', false],
  ['git config core.hooksPath .githooks', false],
  ['pre-commit install && pre-commit run --all-files', false],
  ['powershell -Command "Get-MpComputerStatus | Select-Object RealTimeProtectionEnabled"', false],
  ['spctl --status', false],
  ['gh release upload v2.1.0 dist/x.tar.gz', false],
  ['go mod verify', false],
];

test('guards: commit hooks, Defender, Gatekeeper, agent approvals and module checksums', () => {
  for (const [command, gated] of cases) {
    const a = assess({ tool: 'Bash', args: { command } });
    assert.equal(a.decision !== 'allow', gated, `${command} -> ${a.decision}: ${a.reasons.join(' | ')}`);
  }
});
