import { test } from 'node:test';
import assert from 'node:assert/strict';
import { commonPrefix, commonSuffix } from '../core/shared-bytes.js';
import { mayHoldSecretShape, QUOTES_IN_A_MATCH, Redactor, REDACTED, SECRET_SHAPES } from './redact.js';

test('known secrets and token shapes are removed from text', () => {
  const r = new Redactor(['my-gateway-key-123456']);
  const out = r.text('key my-gateway-key-123456 and sk-proj-abcdefghijklmnopqrstuv and AKIAABCDEFGHIJKLMNOP and Bearer abcdefghijklmnopqrstuvwx');
  assert.equal(out, `key ${REDACTED} and ${REDACTED} and ${REDACTED} and ${REDACTED}`);
  assert.equal(r.text('nothing secret here'), 'nothing secret here');
});

test('JSON text stays valid JSON, including secrets that need escaping', () => {
  const secret = 'pa"ss\\word-0123456789';
  const r = new Redactor([secret]);
  const doc = { messages: [{ role: 'user', content: `use ${secret} and password=hunter22 and -----BEGIN RSA PRIVATE KEY-----\nMIIB\n-----END RSA PRIVATE KEY-----` }] };
  const text = r.jsonText(JSON.stringify(doc));
  const parsed = JSON.parse(text);
  assert.equal(parsed.messages[0].content, `use ${REDACTED} and ${REDACTED} and ${REDACTED}`);
  assert.doesNotMatch(text, /hunter22|MIIB|pa\\"ss/);
});

const samples: Record<string, string> = {
    'an OpenAI/Anthropic/OpenRouter API key': 'sk-ant-abcdefghijklmnopqrstu',
    'a Stripe secret key': 'sk_live_abcdefghijklmnop12',
    'a Google API key': 'AIzaSyA1234567890abcdefghijklmnopqrstu',
    'an AWS access key id': 'AKIAABCDEFGHIJKLMNOP',
    'a GitHub token': 'ghp_abcdefghijklmnopqrstuvwxyz0123456789',
    'a Slack token': 'xoxb-1234567890-abcdef',
    'a Hugging Face token': 'hf_abcdefghijklmnopqrstuvwxyz012345',
    'a Discord bot token': 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.abcdefghijklmnopqrstuvwxyz0',
    'a JSON web token': 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.abcdefghijklmnop',
    'a bearer credential': 'Bearer abcdefghijklmnopqrstuvwx',
    'a private key': '-----BEGIN RSA PRIVATE KEY-----\nMIIB\n-----END RSA PRIVATE KEY-----',
    'a Telegram bot token': '7312884410:AAF3kq9Zr-vXp2m8TnWc0LbYdE41uHsQ7joQ',
    'a Vault token': 'hvs.CAESIJ4mQx8rT2nLp0vZk9aW3yB7',
    'a webhook signing secret': 'whsec_abcdefghijklmnopqrstuvwxyz',
    'a live API key or platform token': 'glpat-abcdefghijklmnopqrst',
    'a private key without its header lines': 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ',
    'a password in a URL': 'postgres://admin:hunter22@db.internal/app',
    'a key in a connection string': 'AccountName=x;AccountKey=abcdefghijklmnopqrstuvwxyz0123==;',
    'a signed URL': 'https://x.blob.core.windows.net/c?sv=2022-11-02&sig=abcdefghijklmnop%3D',
    'a Kubernetes client key': 'client-key-data: LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQo=',
    'a session cookie': 'Cookie: _shop_session=abcdefghijklmnopqrstuvwx',
    'a registry auth token': '//registry.npmjs.org/:_authToken=abcdef0123456789',
    'a password or key assignment': 'PASSWORD=hunter22xx',
};

test('the screen lets through every shape: text with one secret of each kind is redacted as by every pattern in turn', () => {
  const r = new Redactor();
  for (const shape of SECRET_SHAPES) {
    const sample = samples[shape.name];
    assert.ok(sample, `a sample for ${shape.name}`);
    const text = `{"content":"before ${sample.replace(/\n/g, '\\n')} after"}`;
    let expected = text;
    for (const s of SECRET_SHAPES) expected = expected.replace(new RegExp(s.re.source, s.re.flags), REDACTED);
    assert.notEqual(expected, text, `${shape.name} matches its sample`);
    assert.equal(r.jsonText(text), expected, shape.name);
    assert.equal(mayHoldSecretShape(text), true, shape.name);
  }
  assert.equal(mayHoldSecretShape('{"content":"a long and harmless text: https://example.com/path?q=1 user@example.com token"}'), false);
});

test('no shape matches more quotes than the shared-prefix screen assumes', () => {
  // Read from each screen's source: every negated class excludes the quote, nothing else matching
  // any character (an unescaped dot) is used, and a quote outside negated classes is at most optional.
  for (const shape of SECRET_SHAPES) {
    const source = (shape.screen ?? shape.re).source.replace(/\\./g, 'E');
    const negated = source.match(/\[\^[^\]]*\]/g) ?? [];
    for (const cls of negated) assert.ok(cls.includes('"'), `${shape.name}: ${cls} can match a quote`);
    // Classes (the negated ones checked above) become \u0001 when they hold a quote, \u0002 otherwise
    // (control characters, so a literal letter of a shape, such as the Q in a key's header, is not one).
    const rest = source.replace(/\[\^[^\]]*\]/g, '\u0002').replace(/\[[^\]]*\]/g, (cls) => (cls.includes('"') ? '\u0001' : '\u0002'));
    assert.doesNotMatch(rest, /\./, `${shape.name}: a dot can match a quote`);
    const quotes = rest.match(/["\u0001]/g) ?? [];
    assert.ok(quotes.length <= QUOTES_IN_A_MATCH, `${shape.name}: ${quotes.length} quotes`);
    assert.doesNotMatch(rest, /["\u0001][*+{]/, `${shape.name}: a repeated quote`);
  }
});

test('jsonBytesUnchanged, given bytes shared with an unchanged text, answers as jsonText on the whole text', () => {
  const secret = 'my-gateway-key-123456';
  const r = new Redactor([secret]);
  const base = JSON.stringify({ system: 'You are terse. é ✓ 🦊', messages: [{ role: 'user', content: 'password is not here "quoted" text' }] });
  const inserts = [...Object.values(samples).map((s) => JSON.stringify(s).slice(1, -1)), secret, 'harmless words', 'Bearer', 'AKIAABCDEFGHIJKLMNOP'];
  assert.equal(r.jsonBytesUnchanged(Buffer.from(base)), true);
  for (const insert of inserts) {
    // The new text: the old one with `insert` put at every position inside a string value, which
    // may complete a secret begun in the shared bytes (the changed byte lies inside the match).
    for (let at = 1; at < base.length; at++) {
      const text = base.slice(0, at) + insert + base.slice(at);
      if (!isJson(text)) continue;
      const bytes = Buffer.from(text);
      const shared = Buffer.from(base.slice(0, at)).length;
      const clean = r.jsonText(text) === text;
      assert.equal(r.jsonBytesUnchanged(bytes, shared), clean, `${insert} at ${at}`);
      // The bytes after the insert are shared too (a turn that changes in the middle), as placed and as found.
      assert.equal(r.jsonBytesUnchanged(bytes, shared, Buffer.byteLength(base) - shared), clean, `${insert} at ${at}, tail`);
      const head = commonPrefix(Buffer.from(base), bytes);
      assert.equal(r.jsonBytesUnchanged(bytes, head, commonSuffix(Buffer.from(base).subarray(head), bytes.subarray(head))), clean, `${insert} at ${at}, found`);
    }
  }
  // A secret completed by the change: its start lies in the shared bytes.
  const before = '{"a":"export OPENAI_KEY=sk-proj-abcdefgh"}';
  const after = '{"a":"export OPENAI_KEY=sk-proj-abcdefghijklmnopqrstu"}';
  assert.equal(r.jsonBytesUnchanged(Buffer.from(before)), true);
  assert.equal(r.jsonBytesUnchanged(Buffer.from(after), before.length - 2), false);
  assert.equal(r.jsonBytesUnchanged(Buffer.from(after), before.length - 2, 2), false);
  // ... one whose end lies in the shared tail (two quotes after it), one spanning the join of a
  // deletion, and a known secret the same ways.
  const changedBetween = (before: string, after: string) => {
    const [a, b] = [Buffer.from(before), Buffer.from(after)];
    assert.equal(r.jsonBytesUnchanged(a), true, before);
    const head = commonPrefix(a, b);
    return r.jsonBytesUnchanged(b, head, commonSuffix(a.subarray(head), b.subarray(head)));
  };
  assert.equal(changedBetween('{"a":"export OPENAI_KEY=sk-proj-","z":"ijklmnopqrstuvwx","b":"c"}', '{"a":"export OPENAI_KEY=sk-proj-abcdefghijklmnopqrstuvwx","b":"c"}'), false);
  assert.equal(changedBetween('{"a":"sk-ant-","z":"abcdefghijklmnopqrstu","b":"c"}', '{"a":"sk-ant-abcdefghijklmnopqrstu","b":"c"}'), false);
  assert.equal(changedBetween('{"a":"my-gateway-","z":"key-123456","b":"c"}', '{"a":"my-gateway-key-123456","b":"c"}'), false);
  assert.equal(changedBetween('{"a":"my-gateway-","z":"key-123456","b":"c"}', '{"a":"my-gateway-","z":"key-123456","b":"c","d":"e"}'), true);
});

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
