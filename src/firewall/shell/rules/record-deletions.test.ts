import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { assess } from '../../engine.js';
import { setGateModelEnabled } from '../../learned/gate-score.js';

// Scripts named for deleting records, run now or from a schedule, and volumes named for a test or
// dev stack. The learned gate layer is off: these check the rules.
before(() => setGateModelEnabled(false));
after(() => setGateModelEnabled(true));

const held = (command: string) => assess({ tool: 'Bash', args: { command } }).decision !== 'allow';

test('a script named for deleting people\'s records or a service\'s data is a deletion, scheduled or not', () => {
  assert.ok(held("(crontab -l; echo '0 4 * * * /srv/crm/bin/wipe_leads.sh --older-than 2y') | crontab -"));
  assert.ok(held("(crontab -l; echo '0 4 * * 6 python3 /opt/hr/erase-employee-data.py') | crontab -"));
  assert.ok(held('echo "/opt/shop/bin/delete_accounts.sh --inactive 180d" | at 01:00'));
  assert.ok(held('./scripts/drop_patient_records.sh --before 2015'));
});

test('caches, logs, temp files, test fixtures and a dry run are not records', () => {
  assert.ok(!held("(crontab -l; echo '0 4 * * * /srv/crm/bin/purge_cache.sh') | crontab -"));
  assert.ok(!held("(crontab -l; echo '0 * * * * /opt/app/bin/delete_tmp_exports.sh --older-than 1d') | crontab -"));
  assert.ok(!held('./scripts/purge_customers.sh --dry-run'));
  assert.ok(!held('./scripts/wipe_test_users.sh --env test'));
});

test('named volumes that are all a test or dev stack\'s hold data the setup makes again', () => {
  assert.ok(!held('docker rm -f api-test-db && docker volume rm api-test-db-data'));
  assert.ok(!held('docker volume rm dev_pgdata dev_redis'));
  assert.ok(held('docker volume rm api-db-data'));
  assert.ok(held('docker volume rm dev_pgdata api-db-data'));
  assert.ok(held('docker volume rm staging_db prod_db'));
});
