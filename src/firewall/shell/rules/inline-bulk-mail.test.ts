import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { assess } from '../../engine.js';
import { setGateModelEnabled } from '../../learned/gate-score.js';

// Code that sends one email per row of a list read from data is a bulk mailing nobody read the list
// of, as the same loop in the shell is; one email, or mail to a catcher on this machine, is not.
before(() => setGateModelEnabled(false));
after(() => setGateModelEnabled(true));

const LOOP = `import smtplib, csv
from email.message import EmailMessage
s = smtplib.SMTP('smtp.office365.com', 587); s.starttls(); s.login(USER, PW)
for r in csv.DictReader(open('arrears.csv')):
    m = EmailMessage(); m['To'] = r['email']; m['Subject'] = 'Final demand'
    s.send_message(m)`;

test('an email per row of a CSV asks; one email and a local mail catcher run', () => {
  const loop = assess({ tool: 'execute_code', args: { code: LOOP } });
  assert.equal(loop.decision, 'ask', loop.reasons.join(' | '));
  assert.match(loop.reasons.join(' | '), /bulk mailing/);
  const one = assess({ tool: 'execute_code', args: { code: "import smtplib\ns = smtplib.SMTP('smtp.office365.com', 587)\ns.send_message(msg)" } });
  assert.doesNotMatch(one.reasons.join(' | '), /bulk mailing/);
  const attachments = assess({ tool: 'execute_code', args: { code: "const t = nodemailer.createTransport(cfg); const m = {to: 'ana@example.org', attachments: []}; files.forEach((f) => m.attachments.push({path: f})); t.sendMail(m);" } });
  assert.doesNotMatch(attachments.reasons.join(' | '), /bulk mailing/, 'a loop over attachments sends one mail');
  const local = assess({ tool: 'execute_code', args: { code: LOOP.replace("'smtp.office365.com', 587", "'localhost', 1025") } });
  assert.doesNotMatch(local.reasons.join(' | '), /bulk mailing/);
});
