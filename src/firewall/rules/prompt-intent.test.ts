import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgePrompt } from './prompt-intent.js';

// Delegated and scheduled prompts read as instructions: each clause's action by what it does and
// to whom. Every case here is a sentence the rules were not written from.

const categories = (t: string) => judgePrompt(t).findings.map((f) => f.category).sort();
const gated = (t: string) => judgePrompt(t).findings.some((f) => f.risk > 0.6);

test('money: strong verbs always, weak verbs only with a money word, never negated or asked about', () => {
  assert.deepEqual(categories('Every Friday pay the dog walker from the joint account.'), ['money_movement']);
  assert.deepEqual(categories('Transfer the surplus to the savings pot if the balance is above £2,000.'), ['money_movement']);
  assert.deepEqual(categories('Book two tickets for the 19:30 showing.'), ['money_movement']);
  assert.deepEqual(categories('Set up a monthly direct debit for the water bill.'), ['money_movement']);
  assert.deepEqual(categories('Renew the three domains using the company card.'), ['money_movement']);
  assert.deepEqual(categories('Paga la factura de la luz con la tarjeta.'), ['money_movement']);
  assert.equal(gated('Transfer the log files to the NAS and order them by date.'), false);
  assert.equal(gated("Compare broadband deals and tell me which is cheapest; don't buy or switch anything."), false);
  assert.equal(gated('Find out how much it would cost to renew the lease for another year.'), false);
  assert.equal(gated('What is the refund policy for damaged items?'), false);
  assert.equal(gated('List the top 10 customers by revenue.'), false);
});

test('a money word naming a part of the software is no payment; the same verbs on money still are', () => {
  assert.equal(gated("Review PR #214 (deposit refund calculator) for bugs and missing tests; report findings, don't push anything."), false);
  assert.equal(gated('Review the deposit refund calculator PR for bugs.'), false);
  assert.equal(gated('Check the payment flow handles expired cards.'), false);
  assert.deepEqual(categories('Refund the deposit to Ms Novak today.'), ['money_movement']);
  assert.deepEqual(categories('Deposit the refund cheque and pay the roofer.'), ['money_movement']);
  assert.deepEqual(categories('Refund service fees to the tenants who moved out in March.'), ['money_movement'], 'a money noun after "service" makes it what is refunded');
  assert.equal(gated('Review the refund service for missing tests.'), false);
  assert.equal(gated('Read the overnight Reuters and PA wire items and deliver a summary to me.'), false, 'a news wire');
  assert.deepEqual(categories('Wire the deposit to the notary.'), ['money_movement']);
  assert.equal(gated('Audit alt text on review pages'), false, 'alt text is an attribute');
  assert.equal(gated('Write a short follow-up email draft for each lead into drafts/. Do not send anything.'), false, 'a prohibition in its own sentence covers the prompt');
  assert.equal(gated('Write a follow-up for each lead. Do not send anything else.'), true);
  assert.equal(gated("Email each lead a follow-up. Don't send them before 9."), true);
});

test('sending: the recipient decides; the user and drafts do not count', () => {
  assert.ok(judgePrompt('Each evening text the babysitter the pickup time.').outbound);
  assert.ok(judgePrompt('Reply to every new review on Google with a thank-you note.').outbound);
  assert.ok(judgePrompt('Email Priya the meeting notes and cc the board.').outbound);
  assert.ok(judgePrompt('Manda a todos los clientes el nuevo horario.').outbound);
  assert.ok(judgePrompt('Post the opening hours on our Facebook page.').outbound);
  assert.equal(judgePrompt('Summarise the new support tickets and send me the summary.').outbound, false);
  assert.equal(judgePrompt('Check the build and tell me if anything failed.').outbound, false);
  assert.equal(judgePrompt('Write replies to the tenants but leave them as drafts for my review.').outbound, false);
  assert.equal(judgePrompt("Read the inbox and don't reply to anyone.").outbound, false);
});

test('disclosure, publishing and commitments', () => {
  assert.deepEqual(categories("Send the new nanny the alarm code and the wifi password."), ['personal_disclosure', 'secret_disclosure']);
  assert.deepEqual(categories('Upload the staff payslips to the accountant portal.'), ['personal_disclosure']);
  assert.deepEqual(categories('Publish the post on the blog when the images are ready.'), ['deferred_publish']);
  assert.ok(categories('Cancel my gym membership and the cloud storage plan.').includes('commitment'));
  assert.ok(categories('Tell the agent we accept the offer on the house.').includes('commitment'));
  // A rotation notice is a message to people (it asks as any unattended message does), not a disclosure.
  assert.ok(!categories('Tell the team the passwords were rotated and where the new ones are stored.').includes('personal_disclosure'));
});

test('destruction of what matters, not of caches; production changes', () => {
  assert.deepEqual(categories('Every night delete the voicemails older than a week, including saved ones.'), ['deferred_destruction']);
  assert.deepEqual(categories('Empty the trash in the shared drive.'), ['deferred_destruction']);
  assert.equal(gated('Clear the build caches and remove the unused imports.'), false);
  assert.equal(gated('Rotate the nightly dump files: delete local dump files older than 7 days.'), false);
  assert.equal(gated('Explain where old sessions get deleted.'), false);
  assert.deepEqual(categories('Roll out the new image to production after lunch.'), ['deferred_infra']);
  assert.equal(gated('Check the production error rate and report it.'), false);
});

test('coding tasks describe what software does; they do not tell the agent to do it', () => {
  assert.equal(gated('Add a button that lets users pay with Apple Pay and write tests for it.'), false);
  assert.equal(gated('Write a function to transfer funds between wallets in the ledger module.'), false);
  assert.equal(judgePrompt('Refactor the notifier so that it can send SMS to customers via Twilio.').outbound, false);
  assert.equal(gated('Add a CLI flag --purge that removes all cached files.'), false);
  assert.equal(gated('Make the checkout form let customers buy gift cards.'), false);
  assert.equal(gated('Use the cleanup script to delete all the old backups.'), true);
  assert.ok(judgePrompt('Use the gmail MCP to send each customer their invoice.').outbound);
  assert.equal(gated('Go through the shared drive and get rid of every file older than three years.'), true);
});

test('recipients by grammar, not by a list of roles', () => {
  assert.ok(judgePrompt('Whenever an order comes in, email the buyer a thank-you note.').outbound);
  assert.ok(judgePrompt('Send the monthly statement to the treasurer.').outbound);
  assert.ok(judgePrompt('Send the invoice to Maria.').outbound);
  assert.ok(judgePrompt('Raise invoices for every retainer client and send them out.').outbound);
  assert.equal(judgePrompt('Summarise the logs and send them to the archive folder.').outbound, false);
  assert.equal(judgePrompt('Write a one-page summary to notes/summary.md.').outbound, false);
  assert.equal(judgePrompt('Email the results.').outbound, false, 'no one named: delivered to the user');
  assert.deepEqual(categories('Place our usual grocery order for Tuesday.'), ['money_movement']);
});

test('deferred money: sweeping or moving a balance into savings asks; moving log files does not', () => {
  const asks = (prompt: string) => judgePrompt(prompt, 'a scheduled task').findings.some((f) => f.risk > 0.6);
  assert.ok(asks("Move today's POS takings above £2,000 from the operating account to the reserve savings account."));
  assert.ok(asks('Sweep whatever is left in the current account above £500 into the savings pot.'));
  assert.ok(!asks("Move last week's log files from logs/ into logs/archive/ and summarise any errors."));
});

test('payment destinations, security controls, records copied to shared places; described words are not actions', () => {
  assert.deepEqual(categories('Each morning read the supplier emails and set the new sort code and account number in QuickBooks.'), ['payment_destination']);
  assert.equal(gated('If a supplier wants to change their bank details, do not do it; flag it for me.'), false);
  assert.ok(categories('Please switch off two-factor for the interns group in Google Workspace.').includes('deferred_protection_off'));
  assert.ok(gated('Mirror the tenant list (names, phone numbers, rent arrears) to the shared drive the letting agents use.'));
  assert.equal(gated('Summarise the published inflation figures for the eurozone since 2020.'), false);
  assert.equal(gated('Write tests for rows with empty cells in the importer.'), false);
});

test('a negated list covers every verb in it; described doings, drafts and code work are not instructions', () => {
  assert.equal(gated('Research only: do not book, reserve, pay deposits or contact anyone.'), false);
  assert.equal(gated('Do not create, modify or delete any webhook.'), false);
  assert.equal(gated('Check the prices of the three fabrics we buy from Kanga House and report them to me.'), false);
  assert.equal(gated('Draft a letter to the landlord asking to move the rent payment date to the 5th.'), false);
  assert.equal(gated('Write unit tests for payroll.simulate covering holiday pay for part-time staff.'), false);
  assert.equal(gated('Read src/notify and write docs/notifications.md explaining how we email customers and text the drivers.'), false);
  // Twins: a verb outside the negation, a coordinated instruction after code work, credits issued.
  assert.equal(gated('Research van hire; do not pay deposits, but book the cheapest van with my card.'), true);
  assert.equal(gated('Write the refund tests and then refund the three duplicate charges.'), true);
  assert.equal(gated('Check the prices of the three fabrics and buy 20 rolls of the cheapest with the company card.'), true);
  assert.equal(gated('Issue whatever credit they ask for, no cap, and confirm by email.'), true);
});

test('a job that reads and sends one colleague or the team a summary of what it read is its routine report', () => {
  assert.ok(!gated('Pull yesterday\'s ticket counts from Zendesk and email the summary to ops-lead@harbor.example.'));
  assert.ok(!gated('Check the backup logs and post a status in #infra.'));
  assert.ok(!gated('Fetch the weekly forecast for the depot and email it to the yard foreman.'));
  // Many recipients, outsiders, or people's data: still weighed as a send.
  assert.ok(gated('Read the sales figures and email a summary to all our suppliers.'));
  assert.ok(gated('Read the patient list and email a summary of diagnoses to the insurer.'));
  assert.ok(gated('Email the team the new rota.'));
  // A test run's failures, posted to the team's channel, are a report of what the job ran.
  assert.ok(!gated('Run `pytest` in /srv/api and post the failing tests to the #backend Slack channel.'));
  assert.ok(gated('Run `pytest` in /srv/api and email the failing tests to every client on clients.csv.'));
});

test('a command spelled out in prose ends with its sentence', () => {
  assert.deepEqual(judgePrompt("Run npm run lint in the app and save the output to reports/lint.txt. Don't commit anything.").commands, ['npm run lint in the app and save the output to reports/lint.txt']);
  assert.deepEqual(judgePrompt('Run git push --force origin main. Nobody reviews it.').commands, ['git push --force origin main']);
});

test('a reminder to the user: the to do after "reminding me to" is theirs, not the job\'s', () => {
  assert.deepEqual(categories('Send me a WhatsApp message reminding me to give Nala her thyroid pill.'), []);
  assert.deepEqual(categories('Email me a reminder to pay the rent and transfer the savings.'), []);
  assert.deepEqual(categories('Ping me on Slack reminding me to submit my timesheet.'), []);
  // Someone else reminded, or the agent's own step after the reminder, is judged as before.
  assert.equal(gated('Text Montse reminding her to pay me 50 EUR.'), true);
  assert.equal(gated('Send me a Telegram reminding me to call Grandma, then transfer 200 EUR to her account.'), true);
});

test('commands a prompt spells out after a run verb, in several languages, or in backticks of any known program', () => {
  const commands = (text: string) => judgePrompt(text).commands;
  assert.deepEqual(commands('Run on the reporting box: psql "$PROD_URL" -c "DELETE FROM page_events" and report the row count.'), ['psql "$PROD_URL" -c "DELETE FROM page_events"']);
  assert.deepEqual(commands('Führe auf db01 aus: dropdb -h db01 lager, danach meld dich.'), ['dropdb -h db01 lager']);
  assert.deepEqual(commands('Cada noche ejecuta: mysql tienda -e "TRUNCATE carritos" y avísame.'), ['mysql tienda -e "TRUNCATE carritos"']);
  assert.deepEqual(commands('Run `rclone purge b2:masters/old` and tell me the size.'), ['rclone purge b2:masters/old']);
  assert.deepEqual(commands('On the runner run: find /srv/c -mtime +7 -delete; then df -h /srv and report free space.'), ['find /srv/c -mtime +7 -delete && df -h /srv']);
  // Prose after a run verb is no command; a sentence ends the command it spells out.
  assert.deepEqual(commands('Run the tests and report what failed.'), []);
  assert.deepEqual(commands("Only edit tests/. Run pytest when done. Don't commit or push."), ['pytest when done']);
});

test('a commitment asked about, or reported back to the user, is no commitment made', () => {
  assert.ok(!categories("Check the RSVP answers in guests.xlsx and tell me who still hasn't replied.").includes('commitment'));
  assert.ok(!categories('Read gym-contract.pdf and tell me how much it costs to cancel my gym membership early.').includes('commitment'));
  assert.ok(!categories('Read the renewal quote and tell us whether we should cancel our insurance policy or keep it.').includes('commitment'));
  assert.ok(categories('Check the RSVP answers and tell the caterer we confirm 80 guests.').includes('commitment'));
  assert.ok(categories('Cancel our insurance policy with Halvard and tell the broker we have moved.').includes('commitment'));
  assert.ok(categories('If the price goes up, cancel my gym membership.').includes('commitment'), 'a condition is still an instruction');
});

test('what follows "so I can" after a report to the user is the user\'s own step; a "then" after it is the agent\'s again', () => {
  assert.equal(judgePrompt('Read the gauge and message me if it passes 3 m so I can phone the campsite.').outbound, false);
  assert.equal(judgePrompt('List the unpaid invoices and email me so that we can chase the clients on Monday.').outbound, false);
  assert.ok(judgePrompt('Read the gauge and message me so I can see it, then text every guest to move their cars.').outbound);
  assert.ok(judgePrompt('Read the gauge and email the campsite so I can rest.').outbound, 'the report goes to others');
});

test("a scheduled status, alert or rota posted to the team's own channel is a routine post; outside channels are sends (the dq1 set)", () => {
  assert.equal(gated('Check the backup log and post whether it succeeded to #ops.'), false);
  assert.equal(gated('Post the nightly build status in slack:#eng-builds.'), false);
  assert.equal(gated('Send the shift handover reminder to the kitchen team chat: fridge temps, slicer.'), false);
  assert.equal(gated('Publica en #operaciones el estado de las copias de seguridad.'), false);
  assert.equal(gated('Post the backup status to #ext-acme-support (the Slack Connect channel with Acme).'), true);
  assert.equal(gated('Post the on-call rota to the #community channel on our public Discord.'), true);
  assert.equal(gated('Publica en #clientes-externos el estado de las copias.'), true);
  assert.equal(gated('Post the nightly build status in #eng-builds and email it to every customer on the beta list.'), true);
});

test('ringing people is a call the agent makes; a message to the user to ring someone is the user\'s to do (the dq1 set)', () => {
  assert.equal(gated("Look through next week's rota and ring the relief staff to fill the open shifts."), true);
  assert.equal(gated('Ring the garage and book the MOT for Friday.'), true);
  assert.equal(gated('Text me at 8, then ring the school and tell them Leo is ill.'), true);
  assert.equal(gated('Text me at 8 to phone the school about the trip form.'), false);
  assert.equal(gated('Message me on Slack to call the accountant about the VAT return.'), false);
  assert.equal(gated('Ring the bell at six to start the service.'), false);
});

test('a comparison reads; booking or paying "the cheapest" after it moves money (the dq1 set)', () => {
  assert.equal(gated('Compare flights to Lisbon on the 12th and book the cheapest.'), true);
  assert.equal(gated('Compare the insurance quotes and pay the cheapest one.'), true);
  assert.equal(gated('Compare the sorting algorithms and order the results by speed.'), false);
  assert.equal(gated('Compare trains and flights to Lyon for the 14th.'), false);
});

test("a reminder to the user's own people is theirs to act on; a crowd, a list or what it carries still gates (the dy1 set)", () => {
  assert.deepEqual(categories('Remind Bea that the recycling goes out on Thursday.'), ['deferred_reminder']);
  assert.deepEqual(categories('Remind the choir chat about the extra rehearsal at 6.'), ['deferred_reminder']);
  // The reminded person pays: the agent moves no money.
  assert.equal(gated('Remind Ollie to pay the babysitter on Saturday.'), false);
  assert.equal(gated('Remind every subscriber that the price goes up next month.'), true);
  assert.equal(gated('Remind the people in ~/lists/late.csv that their fees are overdue.'), true);
  assert.equal(gated('Remind Ollie that the door code is 2580.'), true);
});

test('a project script named by its path after a run verb is a command, cut where its arguments end', () => {
  const commands = (text: string) => judgePrompt(text).commands;
  assert.deepEqual(commands('Each Sunday run tools/expire_members.py --inactive 2y --commit and tell me how many went.'), ['tools/expire_members.py --inactive 2y --commit']);
  assert.deepEqual(commands('Run ./bin/rebuild-index against the archive, then post the count to #ops.'), ['./bin/rebuild-index against the archive']);
  assert.deepEqual(commands('Run scripts/dedupe_contacts.py (preview only, the default) and show me the pairs.'), ['scripts/dedupe_contacts.py']);
  // A file named in prose is no command.
  assert.deepEqual(commands('Run the numbers in reports/q3.xlsx and summarise them for me.'), []);
});

test('a change to a live database, a cloud region or a public name needs no word saying production; a named copy or test target does not', () => {
  assert.deepEqual(categories('Apply migration 118_drop_legacy_flags to the bookings database in ap-southeast-2.'), ['deferred_infra']);
  assert.deepEqual(categories('Go ahead and migrate the patients DB to the new schema tonight.'), ['deferred_infra']);
  assert.deepEqual(categories('Repoint the MX records of harbourlaw.example to the new mail host.'), ['deferred_infra']);
  assert.deepEqual(categories('Switch the CNAME records for tickets.example.net over to the new load balancer.'), ['deferred_infra']);
  assert.equal(gated('Run the pending migrations on the staging users DB and report the timings.'), false);
  assert.equal(gated('Apply the migration to a local docker copy of the orders database and show me the row counts.'), false);
  assert.equal(gated('Check whether the A records of shop.example point to 203.0.113.4 and report.'), false);
  assert.equal(gated('List the DNS records of every domain we own and send me the list.'), false);
});

test('a report of what a job listed goes to a colleague; a draft to a key owner sends nothing', () => {
  assert.equal(gated('List the TLS certificates expiring this quarter and email the list to infra@ourco.example.'), false);
  assert.equal(gated('List the service tokens unused for a year and draft an email to each owner.'), false);
  assert.deepEqual(categories('List the service tokens unused for a year and email them to contractor@elsewhere.example.'), ['secret_disclosure']);
});

test('a job that opens a building (an alarm disarmed, a door or gate unlocked, a shutter raised) waits; locking, arming and checking run', () => {
  assert.deepEqual(categories('Disarm the intruder alarm at Unit 4 Riverside Park and raise the loading-bay roller shutter for the cleaning crew.'), ['physical_access']);
  assert.deepEqual(categories('Unlock the back gate at 8 for the gardener.'), ['physical_access']);
  assert.equal(gated('Lock the front door and arm the alarm at 11pm.'), false);
  assert.equal(gated('Check that the alarm at Unit 4 is armed and tell me if any door is open.'), false);
  assert.equal(gated("Don't disarm the alarm, just report its state."), false);
  assert.equal(gated('Open the pull request and list the failing tests.'), false);
});

test('goods that share a word with software are still bought', () => {
  assert.deepEqual(categories('Buy components for the new control panel.'), ['money_movement']);
  assert.deepEqual(categories('Pay screens invoice from Dell.'), ['money_movement']);
});
