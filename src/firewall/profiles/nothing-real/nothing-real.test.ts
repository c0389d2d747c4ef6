import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Intent } from '../tool-name.js';
import { tokens } from '../tool-name.js';
import { rehearsalFlag } from './cli-flags.js';
import { nothingReal, type Action } from './index.js';

// One table (table.ts), three kinds of call with their own exceptions: each case names the tool,
// the intent its name gives, the arguments, and which action (if any) does nothing real.

type Case = [tool: string, intent: Intent | null, args: Record<string, unknown>, expected: Action | null];

function check(cases: Case[]): void {
  for (const [tool, intent, args, expected] of cases) {
    assert.equal(nothingReal(intent, 'generic', tokens(tool), args), expected, `${tool} ${JSON.stringify(args)}`);
  }
}

test('a dry run of any action is a rehearsal, production or not; anything that says it acts undoes it', () => {
  check([
    ['run_migration', 'exec', { environment: 'production', dry_run: true }, 'rehearse'],
    ['terminate_instances', 'destroy', { InstanceIds: ['i-1'], DryRun: true }, 'rehearse'],
    ['mcp__k8s__apply', 'exec', { namespace: 'prod', dryRun: ['All'] }, 'rehearse'],
    ['purge_old_records', 'destroy', { table: 'visits', mode: 'report' }, 'rehearse'],
    ['invoke', null, { params: { options: { dry_run: true } } }, 'rehearse'],
    ['purge_old_records', 'destroy', { table: 'visits', mode: 'execute' }, null],
    ['run_migration', 'exec', { dry_run: 'none' }, null],
    ['run_migration', 'exec', { dry_run: true, confirm: true }, null],
    ['publish_package', 'send', { dry_run: true, publish: true }, null],
    ['delete_customer', 'destroy', { dry_run: true, livemode: true }, null],
    // A filter picks records; it does not say how the call runs.
    ['delete_records', 'destroy', { where: { mode: 'preview' } }, null],
    ['call_api', null, { method: 'DELETE', path: '/apis/apps/v1/deployments/x', query: { dryRun: 'All' } }, 'rehearse'],
    // A read is judged as a read already.
    ['list_instances', 'read', { dry_run: true }, null],
  ]);
});

test('a payment or run: drafts, links, quotes, not sent yet, sandbox, test, dev and staging; production or a send undoes it', () => {
  check([
    ['create_payment_link', 'finance', { price: 'price_1' }, 'pay_or_run'],
    ['create_invoice', 'finance', { customer: 'cus_1', auto_advance: false }, 'pay_or_run'],
    ['create_invoice', 'finance', { customer: 'cus_1', Status: 'DRAFT' }, 'pay_or_run'],
    ['create_payout', 'finance', { mode: 'test', amount: 2500 }, 'pay_or_run'],
    ['refund_payment', 'finance', { payment_id: 'pay_1', environment: 'sandbox' }, 'pay_or_run'],
    ['deploy_app', 'exec', { app: 'shop', environment: 'staging' }, 'pay_or_run'],
    ['trigger_dag', 'exec', { dag_id: 'docs', conf: { target: 'dev' } }, 'pay_or_run'],
    ['trigger_build', 'exec', { configuration: 'Debug', upload: false }, 'pay_or_run'],
    // Confirming a test payment still moves no money.
    ['charge_card', 'finance', { mode: 'test', amount: 1500, confirm: true }, 'pay_or_run'],
    ['create_payout', 'finance', { mode: 'live', amount: 250000 }, null],
    ['deploy_app', 'exec', { environment: 'production' }, null],
    ['create_invoice_draft', 'finance', { customer: 'cus_1', send: true }, null],
    ['trigger_workflow', 'exec', { workflow: 'release', env: 'staging' }, null],
    ['initiate_bank_transfer', 'finance', { amount: 500, to: 'acct_9' }, null],
    // A dry run that is told to act is no rehearsal of any kind.
    ['create_payout', 'finance', { dry_run: true, confirm: true }, null],
  ]);
});

test("a processor's sandbox is its host; a sandbox word on a live host is a label (the dq1 set)", () => {
  check([
    ['paypal_create_payout', 'finance', { base_url: 'https://api-m.sandbox.paypal.com', amount: 5 }, 'pay_or_run'],
    ['create_payment', 'finance', { endpoint: 'https://connect.squareupsandbox.com/v2/payments' }, 'pay_or_run'],
    ['create_payment', 'finance', { endpoint: 'https://checkout-test.adyen.com/v71/payments' }, 'pay_or_run'],
    ['paypal_create_payout', 'finance', { base_url: 'https://api-m.paypal.com', note: 'sandbox check' }, null],
    ['create_payment', 'finance', { endpoint: 'https://api.latest-pay.example/v1/payments' }, null],
  ]);
});

test('a removal: test mode, sandbox, training or this machine; not dev or staging, not the name, not live', () => {
  check([
    ['delete_customer', 'destroy', { customer: 'cus_TEST_1', livemode: false }, 'remove'],
    ['drop_database', 'destroy', { host: 'localhost', name: 'scratch' }, 'remove'],
    ['void_transactions', null, { store: 'till-2', mode: 'training' }, 'remove'],
    ['delete_customer', 'destroy', { options: { test_mode: true } }, 'remove'],
    ['delete_repository', 'destroy', { repo: 'api', environment: 'dev' }, null],
    ['flush_queue', 'destroy', { queue: 'orders', env: 'staging' }, null],
    ['delete_test_users', 'destroy', { org: 'acme' }, null],
    ['delete_customer', 'destroy', { customer: 'cus_1', livemode: true }, null],
    ['delete_events', 'destroy', { filter: { environment: 'test' } }, null],
    ['void_transactions', null, { mode: 'training', environment: 'production' }, null],
    ['delete_customer', 'destroy', { livemode: 'production', mode: 'test' }, null],
    // Sending from a test mode still sends nothing real; only live undoes a test mode here.
    ['delete_subscription', 'destroy', { livemode: false, notify: true }, 'remove'],
  ]);
});

test('a change or a new record in a sandbox, test, dev or staging place; not the name, not a draft, not production', () => {
  check([
    ['update_record', 'write', { environment: 'sandbox' }, 'change'],
    ['update_service', 'write', { cluster: 'ops-staging', service: 'crew-rostering', desiredCount: 2 }, 'change'],
    ['update_alert_rule', 'write', { environment: 'staging-sim', threshold_c: 8 }, 'change'],
    ['create_flag', 'create', { namespace: 'preview-pr-431', key: 'new_checkout' }, 'change'],
    ['update_alert_rule', 'write', { environment: 'staging-prod-mirror' }, null],
    ['update_shared_link', 'write', { access: 'company' }, null],
    ['approve_insurance_estimate', 'write', { claim_id: 'CLM-1', amount: 4870 }, null],
    ['update_invoice', 'write', { status: 'draft' }, null],
    ['update_record', 'write', { environment: 'sandbox', live: true }, null],
  ]);
});

test('the kind of a place is one word of its name (`kind-dev`, `sandbox-ilze`), production anywhere in it undoes it', () => {
  check([
    ['deploy_service', 'exec', { environment: 'preview-pr-1184' }, 'pay_or_run'],
    ['apply_plan', 'exec', { workspace: 'sandbox-ilze' }, 'pay_or_run'],
    ['run_migration', 'exec', { database: 'gradebook-staging' }, 'pay_or_run'],
    ['run_migration', 'exec', { database: 'gradebook-prod' }, null],
    ['deploy_service', 'exec', { environment: 'dev-eu', region: 'eu' }, 'pay_or_run'],
    ['delete_many', 'destroy', { database: 'rootline_test', collection: 'fixtures' }, 'remove'],
    ['delete_many', 'destroy', { database: 'rootline_staging', collection: 'fixtures' }, null],
  ]);
});

test('other intents have no rehearsal but a dry run', () => {
  check([
    ['send_message', 'send', { test: true }, null],
    ['send_message', 'send', { environment: 'staging' }, null],
    ['update_record', 'write', { preview: true }, 'rehearse'],
  ]);
});

test('a command line says the same with its flags, plus the words that replace a run with its report', () => {
  for (const flag of ['--dry-run', '--dryrun', '-dry_run', '--what-if', '--sandbox', '--test-mode', '--test-mode=true', '--no-op', '--plan', '-check', '--validate', '--diff', '--dry-run=server']) {
    assert.equal(rehearsalFlag(flag), true, flag);
  }
  for (const flag of ['--dry-run=false', '--dry-run=none', '--apply', '--live', '--confirm', '--send', 'dry-run', '--planet', '--checkout', '--testing']) {
    assert.equal(rehearsalFlag(flag), false, flag);
  }
});
