import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSimple } from './parse-simple.js';
import { parseShell, parseWithParser } from './parse.js';

// Differential test: wherever the simple lexer answers, the full bash parser (mvdan-sh) must give
// the same commands — words, quoting, globs, redirections, pipelines. The inputs are every string
// of every corpus file (commands, code, messages, nested payloads), each line of them, and the
// words of what the parser finds in them (the scripts `bash -c '...'` and friends hand on).

const CORPUS = fileURLToPath(new URL('../corpus/', import.meta.url));

function jsonlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) jsonlFiles(p, out);
    else if (name.endsWith('.jsonl')) out.push(p);
  }
  return out;
}

function stringsOf(v: unknown, out: Set<string>): void {
  if (typeof v === 'string') {
    out.add(v);
    for (const line of v.split('\n')) out.add(line);
  } else if (Array.isArray(v)) for (const x of v) stringsOf(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) stringsOf(x, out);
}

const EDGE_CASES = [
  // Non-ASCII text in every quoting (the parser's words are decoded from UTF-8 bytes).
  'echo "vocês já" über', "echo 'Adiós, 日本' > notas.txt", 'printf %s ñandú\\ñ | wc -c', 'grep -rn "ça va" docs/',
  'git status', 'npm test 2>&1 | tail -20', 'cd web && npm run build', 'ls   -la\tsrc', 'a || b; c', 'ls;', 'ls\n\npwd\n',
  'grep -rn "foo\\|bar" src/ | head -5', "echo 'a b'\"c d\"e", 'echo "a\\"b\\$c\\\\d\\e"', 'echo a\\ b \\* c\\\nd', 'ls \\\n  -la',
  'ls *.ts src/?.js', 'echo "*"', "echo '?'", 'find . -name x -exec rm {} \\;', 'echo {a,b}', 'echo {}', 'echo a{b', '{ ls; }',
  'cmd >out 2>>err <in', 'cmd 2>&1 >/dev/null', 'cmd &>log', 'cmd &>>log', 'cmd >|x', 'cmd <>x', 'cmd 3<&0', 'cmd >&2', 'cmd 2> x',
  'a2>x', 'echo hi>out', '>out echo hi', '> out', 'cat <<EOF\nx\nEOF', 'cat <<<x', 'ls # comment', '# only a comment', 'echo a#b',
  'ls # c\npwd', 'a | b | c && d | e', 'a |& b', 'a & b', 'a &', 'a &&', '&& a', 'a |', '| a', 'a;;', 'a ;; b', 'a; ; b',
  'A=1 cmd', 'cmd A=1', 'export A=1', 'if true; then ls; fi', 'time ls', '! ls', 'ls $HOME', 'echo `id`', 'echo $(id)', 'rm -rf ~',
  'rm -rf ~/x', 'echo ~user', '(ls)', 'echo "unterminated', "echo 'unterminated", 'echo \\', '[ -f x ]', '[[ -f x ]]', 'echo a]b',
  'echo "日本語" ü', 'echo \r', 'echo "a\r"', 'echo ""', "echo ''", '"" x', 'if', '"if" x', 'fi', 'do x', 'x do', 'echo "multi\nline"',
  "echo 'multi\nline'", 'echo $HOME ${HOME} "$HOME/x" $HOMEX ${PATH}x "a$B" ~/$HOME', 'rm -rf "$HOME"', 'rm -rf $HOME/*', 'echo ${A}}', '$CMD -x', 'echo $1',
  'echo $@', 'echo $?', 'echo ${#A}', 'echo ${A:-b}', 'echo $', 'echo "$"', 'echo a$', 'echo $A[0]', 'echo "$A[0]"', 'echo "${A}b$C"', 'a &&\n b', 'a ||\n\n b', 'a |\n b', 'a\\\nb', 'echo %s@+,:=-^', 'kill -9 -1', '-x', 'x=', '=x',
]

test('the simple lexer and the full parser agree on every corpus string', () => {
  const pool = new Set<string>(EDGE_CASES);
  for (const file of jsonlFiles(CORPUS)) {
    for (const line of readFileSync(file, 'utf8').split('\n')) if (line.trim()) stringsOf(JSON.parse(line), pool);
  }
  // One level of nesting: the words of parsed commands (`bash -c 'rm -rf ~'` runs `rm -rf ~`).
  for (const s of [...pool]) {
    const full = parseWithParser(s, 'v');
    if (full.ok) for (const c of full.commands) for (const w of c.argv) if (!w.dynamic) pool.add(w.text);
  }
  let simple = 0;
  for (const s of pool) {
    const fast = parseSimple(s, 'v');
    if (!fast) continue;
    simple++;
    const env = new Map<string, string>();
    const full = parseWithParser(s, 'v', env);
    assert.ok(full.ok, `simple lexer accepted what the parser rejects: ${JSON.stringify(s)} (${full.error})`);
    assert.deepEqual(fast, full.commands, JSON.stringify(s));
    assert.equal(env.size, 0, JSON.stringify(s));
  }
  assert.ok(simple >= 500, `only ${simple} of ${pool.size} strings took the simple path`);
});

test('the simple lexer covers the common agent shapes and declines the rest', () => {
  for (const s of ['git status', 'npm test 2>&1 | tail -20', 'cd web && npm run build', 'grep -rn "a\\|b" src/ | head', "sed -n '1,20p' f", 'ls # c', 'rm -rf "$HOME"', 'curl -H "Authorization: Bearer $TOKEN" https://x']) {
    assert.ok(parseSimple(s, ''), s);
  }
  for (const s of ['echo $1', 'echo ${A:-b}', 'A=1 cmd', 'cat <<EOF\nx\nEOF', 'if true; then ls; fi', 'a &', 'echo `id`', '(ls)', 'a |', '! ls', 'time ls', '{ ls; }']) {
    assert.equal(parseSimple(s, ''), null, s);
  }
  // parseShell takes the simple path and falls back to the parser, with the same result shape.
  assert.deepEqual(parseShell('ls | wc -l'), parseWithParser('ls | wc -l'));
  assert.deepEqual(parseShell('echo $HOME'), parseWithParser('echo $HOME'));
  assert.equal(parseShell('a |').ok, false);
});
