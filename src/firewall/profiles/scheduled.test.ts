import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { assess } from '../engine.js';
import { setGateModelEnabled } from '../learned/gate-score.js';
import { scheduledCalls, scheduledCommands, schedulesWork } from './scheduled.js';

// Scheduled and queued work judged by the action its arguments name. The learned gate layer is
// off: these check the rules.
before(() => setGateModelEnabled(false));
after(() => setGateModelEnabled(true));

test('which tools set up work for later', () => {
  for (const t of ['schedule_task', 'create_scheduled_job', 'enqueue_job', 'mcp__jobs__enqueue_task', 'create_cron_job', 'add_recurring_task']) assert.equal(schedulesWork(t), true, t);
  for (const t of ['list_scheduled_jobs', 'cancel_job', 'send_email', 'get_task']) assert.equal(schedulesWork(t), false, t);
});

test('the calls a job names: an action and its arguments, an action object, a job class, steps', () => {
  assert.deepEqual(scheduledCalls('schedule_task', { run_at: 'x', action: 'cancel_invoices', params: { older_than: 90 } }), [{ tool: 'cancel_invoices', args: { run_at: 'x', older_than: 90 } }]);
  assert.deepEqual(scheduledCalls('create_schedule', { cron: '0 1 * * *', action: { type: 'sql', statement: 'DELETE FROM logs' } }), [{ tool: 'sql', args: { statement: 'DELETE FROM logs' } }]);
  assert.deepEqual(scheduledCalls('enqueue_job', { job_class: 'ChargeCardsJob', arguments: [{ plan: 'pro' }] }), [{ tool: 'ChargeCards', args: { plan: 'pro' } }]);
  assert.deepEqual(scheduledCalls('mcp__cron__create_job', { steps: [{ action: 'files.delete', params: { path: '/data' } }] }), [{ tool: 'mcp__cron__delete_files', args: { path: '/data' } }]);
  assert.deepEqual(scheduledCalls('schedule_task', { action: { tool: 'slack.post_message', arguments: { channel: '#ops', text: 'hi' } } }), [{ tool: 'post_message_slack', args: { channel: '#ops', text: 'hi' } }]);
  // A dispatcher's name, or a name that says nothing, leaves the scheduler's own reading and the prompt.
  assert.deepEqual(scheduledCalls('schedule_task', { action: 'run_action', prompt: 'catalogue.export' }), []);
  assert.deepEqual(scheduledCalls('schedule_task', { action: 'balance_digest' }), []);
  assert.deepEqual(scheduledCalls('schedule_task', { task: 'Remind me to water the plants' }), []);
});

test('commands a job will run: a start command, a task written as a command line', () => {
  assert.deepEqual(scheduledCommands({ startCommand: 'rm -rf /var/lib/app/uploads' }), ['rm -rf /var/lib/app/uploads']);
  assert.deepEqual(scheduledCommands({ task: 'kubectl delete ns payments' }), ['kubectl delete ns payments']);
  assert.deepEqual(scheduledCommands({ task: 'Send the weekly report to the team' }), []);
});

test('a scheduled action asks when made now it would; what would run unasked runs', () => {
  const decision = (tool: string, args: Record<string, unknown>) => assess({ tool, args }).decision;
  assert.equal(decision('schedule_task', { run_at: '2026-01-05T06:00:00Z', action: 'transfer_funds', params: { to_iban: 'DE89370400440532013000', amount: 2500 } }), 'ask');
  assert.equal(decision('create_scheduled_job', { cron: '0 3 * * *', action: { type: 'sql', statement: 'DROP TABLE sessions_archive' } }), 'ask');
  assert.equal(decision('mcp__jobs__enqueue_task', { task: 'customers.bulk_delete', args: { segment: 'churned' } }), 'ask');
  assert.equal(decision('create_cron_job', { schedule: '0 4 * * *', startCommand: 'aws s3 rm s3://acme-backups --recursive' }), 'ask');
  assert.equal(decision('schedule_task', { run_at: '2026-01-05T06:00:00Z', action: 'generate_report', params: { report: 'weekly_sales', deliver_to: 'me' } }), 'allow');
  assert.equal(decision('enqueue_job', { job_class: 'RebuildSearchIndexJob', arguments: [] }), 'allow');
  assert.equal(decision('mcp__scheduler__create_schedule', { cron: '0 2 * * 0', steps: [{ action: 'delete_files', params: { path: '/srv/app/tmp/cache/thumbs', recursive: true } }] }), 'allow');
});

test("a scheduler's `request` in words is the job's prompt, judged by what it asks for", () => {
  const decision = (args: Record<string, unknown>) => assess({ tool: 'schedule_task', args: { action: 'create', run_at: '2027-01-04T09:00:00Z', ...args } }).decision;
  assert.equal(decision({ name: 'supplier-run', request: 'Settle every open supplier invoice in the AP folder through the bank API from the EUR account' }), 'ask');
  assert.equal(decision({ name: 'ticket-digest', request: "Summarise yesterday's support tickets and send me the digest" }), 'allow');
});
