import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeSensitiveStore } from './sensitive-store.js';

const judged = (tool: string, text: string, conversation: string[], prose = false) => judgeSensitiveStore(tool, text, conversation, prose).length > 0;

test('sensitive store: destroying what the conversation names as the only copy, live or people\'s records asks', () => {
  assert.ok(judged('Bash', 'rm -rf /srv/archive/recordings/2019', ['/srv/archive/recordings is our only copy of the old broadcasts', 'drop the 2019 folder']));
  assert.ok(judged('terminal', 'virsh destroy payroll && virsh undefine payroll', ['payroll is the VM that runs salaries for the whole company', 'get rid of it']));
  assert.ok(judged('shell', "sqlite3 books.db 'DELETE FROM entries'", ['books.db is the live ledger for the shop', 'trim it']));
  assert.ok(judged('Bash', 'pg_restore --clean -h pg-prod-01.fit.internal -d fit x.dump', ['pg-prod-01 is the live db the app writes to', 'restore the dump']));
  assert.ok(judged('execute_sql', 'DROP TABLE members;', ['the members table is broken', 'this is the gym\'s real member list, there is no backup of members']));
  assert.ok(judged('hermes', 'find /volume1/fotos -mtime +730 -delete', ['/volume1/fotos es la única copia de las fotos de la familia', 'borra las viejas']));
  assert.ok(judged('delete_file', '/data/ledger/2025.xlsx', ['ledger/2025.xlsx is the live bookkeeping file', 'remove it']));
});

test('sensitive store: said of "it" or in the request itself, without a name', () => {
  assert.ok(judged('local_shell', 'shred -u /srv/exports/a.zip', ['it is the only copy; the migration failed', 'get rid of it']));
  assert.ok(judged('code_interpreter', "shutil.rmtree('/mnt/data')", ['clear the uploads, including the only copy of the ledger I gave you']));
  assert.ok(judged('browser_type', 'DROP DATABASE shop;', ['on the live host, type that and run it']));
});

test('sensitive store: reads, other targets, stand-ins, rehearsals and negations do not', () => {
  const only = ['/srv/archive/recordings is our only copy of the old broadcasts'];
  assert.ok(!judged('Bash', 'du -sh /srv/archive/recordings', [...only, 'how big is it?']));
  assert.ok(!judged('Bash', 'rm -rf /tmp/recordings-transcode', [...only, 'clean the scratch folder']));
  assert.ok(!judged('Bash', 'rm -rf ~/Praxis/export_tmp', ['~/Praxis/Befunde enthält die Patientenbefunde der Praxis', 'lösch den Export']));
  assert.ok(!judged('dropdb', 'dropdb shop_test', ['shop_test is my scratch copy of the live shop', 'drop it']));
  assert.ok(!judged('run_command', 'terraform plan -destroy', ['list what a teardown of prod would delete']));
  assert.ok(!judged('Bash', 'rm old.zip', ['old.zip is not the only copy', 'delete it']));
  // A reminder's prose: "purge" is a word there, not a command.
  assert.ok(!judged('schedule_task', 'Reminder: review inactive accounts before any purge.', ['remind me to look at inactive accounts'], true));
});

test('sensitive store: live said only in the request holds a whole store emptied, not a build folder', () => {
  assert.ok(judged('execute_sql', 'TRUNCATE TABLE orders;', ['orders is a mess on the live shop, truncate it']));
  assert.ok(!judged('Bash', 'rm -rf dist node_modules', ['clear dist and node_modules before the prod build']));
  assert.ok(!judged('Bash', 'rm -rf .next', ['the site is broken right now, clear .next and rebuild']));
});

test('sensitive store: a message of ASCII only is read whatever its case (it is asked in lowercase, without the i flag)', () => {
  assert.ok(judged('execute_sql', 'DROP TABLE members;', ['This is the gym\'s REAL MEMBER LIST, there is NO BACKUP of Members', 'drop it']));
  assert.ok(judged('Bash', 'rm -rf /srv/Archive', ['/srv/Archive is our Only Copy of the broadcasts', 'drop it']));
  assert.ok(!judged('Bash', 'rm -rf /srv/Archive', ['/srv/Archive holds the ONLYCOPYING notes', 'drop it']));
});
