import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { assess } from '../../engine.js';
import { setGateModelEnabled } from '../../learned/gate-score.js';

// Root for a read is routine; root for a change is not (analyze.ts). These programs need root to
// open the device even when they only print, so their read shapes must be known as reads.
before(() => setGateModelEnabled(false));
after(() => setGateModelEnabled(true));

function check(cases: Array<[command: string, gated: boolean]>): void {
  for (const [command, gated] of cases) {
    const a = assess({ tool: 'Bash', args: { command } });
    assert.equal(a.decision !== 'allow', gated, `${command} -> ${a.decision}: ${a.reasons.join(' | ')}`);
  }
}

test('sudo on disk, device and kernel tools that only print runs', () => {
  check([
    ['sudo smartctl -a /dev/sda', false], ['sudo smartctl -H -d sat /dev/sdb', false], ['sudo dmesg -T | tail -40', false],
    ['sudo blkid /dev/sdb1', false], ['sudo hdparm -I /dev/sda', false], ['sudo nvme smart-log /dev/nvme0', false],
    ['sudo mdadm --detail /dev/md0', false], ['sudo pvs && sudo lvs', false], ['sudo btrfs filesystem usage /srv', false],
    ['sudo tune2fs -l /dev/sda2', false], ['sudo e2fsck -n /dev/sdb1', false], ['sudo dmidecode -t memory', false],
    ['ipmitool -I lanplus -H 10.0.0.4 -U monitor -E sdr type Temperature', false],
  ]);
});

test('sudo on the same tools when they erase, repair or reconfigure still asks', () => {
  check([
    ['sudo smartctl -s off /dev/sda', true], ['sudo hdparm --security-erase NULL /dev/sdb', true], ['sudo hdparm -W0 /dev/sda', true],
    ['sudo nvme format /dev/nvme1n1', true], ['sudo e2fsck -fy /dev/sdb1', true], ['sudo tune2fs -c 0 /dev/sda2', true],
    ['sudo mdadm --manage /dev/md0 --fail /dev/sdb1', true], ['sudo dmesg -C', true], ['sudo btrfs balance start /srv', true],
    ['ipmitool -I lanplus -H 10.0.0.4 -U admin -E chassis power off', true],
  ]);
});

test('--cluster and other value flags name where kubectl, helm and cloud CLIs look, not what they do', () => {
  check([
    ['kubectl --cluster prod-eu get pods -n checkout', false], ['kubectl --user readonly --cluster prod top pods', false],
    ['helm --kube-context prod list -n monitoring', false], ['aws ecs wait services-stable --cluster prod --services api', false],
    ['aws eks update-kubeconfig --name prod-eks --region eu-west-1', false],
    ['aws redshift-data execute-statement --cluster-identifier prod-dw --database d --sql "SELECT count(*) FROM orders"', false],
    ['aws ecs update-service --cluster checkout-preview --service api --desired-count 0', false],
    ['kubectl --cluster prod-eu delete deploy api -n checkout', true], ['helm --kube-context prod upgrade ingress chart/ingress', true],
    ['aws redshift-data execute-statement --cluster-identifier prod-dw --database d --sql "DELETE FROM orders"', true],
    ['aws ecs update-service --cluster prod --service api --desired-count 0', true],
  ]);
});
