import { decodeAnsiC } from './ansi-c.js';
import { goText, isNil, items, typeOf, type Node } from './go-values.js';
import type { ShellCommand, ShellRedirect, ShellWord } from './parse.js';

// Walks the parser's syntax tree into the flat list of simple commands it would run. Nested code
// is followed: $(...), backticks, <(...), pipelines, subshells, functions, if/while/for/case
// bodies. Quoting is resolved the way the shell resolves it; a word whose value depends on run
// time (unknown variables, command output) is marked dynamic instead of guessed.

// mvdan/sh's operator enums are numbers that the JS build does not export by name.
const OP_PIPE = 12;
const OP_PIPE_ALL = 13;
const REDIR_OPS: Record<number, string> = {
  54: '>', 55: '>>', 56: '<', 57: '<>', 58: '<&', 59: '>&', 60: '>|', 61: '<<', 62: '<<-', 63: '<<<', 64: '&>', 65: '&>>',
};

export class Walker {
  readonly funcs: string[] = [];

  constructor(
    private readonly out: ShellCommand[],
    private readonly via: string,
    private readonly env: Map<string, string>,
  ) {}

  stmts(list: Node, pipe: { upstream: ShellCommand[] } | null): ShellCommand[] {
    const produced: ShellCommand[] = [];
    for (const st of items(list)) produced.push(...this.stmt(st, pipe));
    return produced;
  }

  stmt(st: Node, pipe: { upstream: ShellCommand[] } | null): ShellCommand[] {
    if (isNil(st)) return [];
    const redirects: ShellRedirect[] = [];
    for (const r of items(st.Redirs)) {
      const op = REDIR_OPS[r.Op] ?? String(r.Op);
      const target = op === '<<' || op === '<<-' ? this.word(r.Hdoc) : this.word(r.Word);
      redirects.push({ op, fd: isNil(r.N) ? null : goText(r.N.Value), target });
    }
    const cmds = this.cmd(st.Cmd, pipe);
    // Redirections on a compound statement apply to every command inside it.
    for (const c of cmds) c.redirects.push(...redirects);
    if (cmds.length === 0 && redirects.length) {
      const bare: ShellCommand = { argv: [], redirects, pipe_in: false, upstream: [], via: this.via };
      this.out.push(bare);
      cmds.push(bare);
    }
    return cmds;
  }

  cmd(c: Node, pipe: { upstream: ShellCommand[] } | null): ShellCommand[] {
    if (isNil(c)) return [];
    const type = typeOf(c);
    switch (type) {
      case 'CallExpr':
        return this.call(c, pipe);
      case 'BinaryCmd': {
        if (c.Op === OP_PIPE || c.Op === OP_PIPE_ALL) {
          const left = this.stmt(c.X, pipe);
          const right = this.stmt(c.Y, { upstream: [...(pipe?.upstream ?? []), ...left] });
          return [...left, ...right];
        }
        return [...this.stmt(c.X, pipe), ...this.stmt(c.Y, pipe)];
      }
      case 'Subshell':
      case 'Block':
        return this.stmts(c.Stmts, pipe);
      case 'IfClause': {
        const r = [...this.stmts(c.Cond, null), ...this.stmts(c.Then, pipe)];
        if (!isNil(c.Else)) r.push(...this.cmd(c.Else, pipe));
        return r;
      }
      case 'WhileClause':
        return [...this.stmts(c.Cond, null), ...this.stmts(c.Do, pipe)];
      case 'ForClause':
        this.scanSubst(c.Loop);
        return this.stmts(c.Do, pipe);
      case 'CaseClause': {
        this.word(c.Word);
        const r: ShellCommand[] = [];
        for (const item of items(c.Items)) r.push(...this.stmts(item.Stmts, pipe));
        return r;
      }
      case 'FuncDecl': {
        const name = isNil(c.Name) ? '' : goText(c.Name.Value);
        this.funcs.push(name);
        try {
          return this.stmt(c.Body, null);
        } finally {
          this.funcs.pop();
        }
      }
      case 'TimeClause':
      case 'CoprocClause':
        return this.stmt(c.Stmt, pipe);
      case 'DeclClause': {
        for (const a of items(c.Args)) this.assign(a);
        return [];
      }
      default:
        // TestClause, ArithmCmd, LetClause: no command of their own, but may hide substitutions.
        this.scanSubst(c);
        return [];
    }
  }

  call(c: Node, pipe: { upstream: ShellCommand[] } | null): ShellCommand[] {
    const assigns = items(c.Assigns);
    const args = items(c.Args);
    if (args.length === 0) {
      for (const a of assigns) this.assign(a);
      return [];
    }
    for (const a of assigns) if (!isNil(a.Value)) this.word(a.Value);
    const argv: ShellWord[] = [];
    for (const a of args) argv.push(this.word(a));
    const cmd: ShellCommand = { argv, redirects: [], pipe_in: pipe !== null, upstream: pipe?.upstream ?? [], via: this.via };
    if (this.funcs.length && this.funcs.includes(argv[0].text)) cmd.self_call = true;
    this.out.push(cmd);
    return [cmd];
  }

  assign(a: Node): void {
    if (isNil(a) || isNil(a.Name)) return;
    const name = goText(a.Name.Value);
    if (isNil(a.Value)) return;
    const w = this.word(a.Value);
    if (!w.dynamic && !a.Append) this.env.set(name, w.text);
    else this.env.delete(name);
  }

  /** Generic search for substitutions inside constructs we do not model (tests, arithmetic). */
  scanSubst(node: Node, depth = 0): void {
    if (depth > 40 || node == null || typeof node !== 'object') return;
    if (node.$array) {
      for (const it of items(node)) this.scanSubst(it, depth + 1);
      return;
    }
    if (isNil(node)) return;
    const t = typeOf(node);
    if (t === 'CmdSubst' || t === 'ProcSubst') {
      this.nested(node.Stmts, t === 'CmdSubst' ? '$(...)' : '<(...)');
      return;
    }
    if (!node.constructor.string.startsWith('*syntax.')) return;
    for (const key of Object.keys(node)) {
      if (key === '$val') continue;
      const v = node[key];
      if (v && typeof v === 'object') this.scanSubst(v, depth + 1);
    }
  }

  nested(stmts: Node, how: string): ShellCommand[] {
    const inner = new Walker(this.out, this.via ? `${this.via} > ${how}` : how, this.env);
    const start = this.out.length;
    inner.stmts(stmts, null);
    return this.out.slice(start);
  }

  word(w: Node): ShellWord {
    const res: ShellWord = { text: '', dynamic: false, glob: false, subst: [] };
    if (isNil(w)) return res;
    for (const p of items(w.Parts)) this.part(p, res, false);
    return res;
  }

  part(p: Node, res: ShellWord, quoted: boolean): void {
    const t = typeOf(p);
    switch (t) {
      case 'Lit': {
        const v = goText(p.Value);
        if (quoted) res.text += v.replace(/\\([$`"\\\n])/g, (_m, ch: string) => (ch === '\n' ? '' : ch));
        else {
          if (/[*?[]/.test(v.replace(/\\./g, ''))) res.glob = true;
          res.text += v.replace(/\\\n/g, '').replace(/\\(.)/g, '$1');
        }
        return;
      }
      case 'SglQuoted':
        res.text += p.Dollar ? decodeAnsiC(goText(p.Value)) : goText(p.Value);
        return;
      case 'DblQuoted': {
        for (const q of items(p.Parts)) this.part(q, res, true);
        return;
      }
      case 'ParamExp': {
        const name = isNil(p.Param) ? '' : goText(p.Param.Value);
        const plain = isNil(p.Exp) && isNil(p.Slice) && isNil(p.Repl) && !p.Length && !p.Excl && isNil(p.Index) && !p.Width;
        if (plain && name === 'HOME') {
          res.text += '~';
          return;
        }
        const known = plain ? this.env.get(name) : undefined;
        if (known !== undefined) {
          // Unquoted expansions are split on IFS; rather than model splitting, such a value is
          // treated as unknown (this is how `IFS=,; c=rm,-rf,~; $c` hides a command).
          const ifs = this.env.get('IFS') ?? ' \t\n';
          if (!quoted && [...known].some((ch) => ifs.includes(ch))) res.dynamic = true;
          res.text += known;
          return;
        }
        res.dynamic = true;
        res.text += `$${name}`;
        return;
      }
      case 'CmdSubst':
      case 'ProcSubst': {
        res.dynamic = true;
        res.text += t === 'CmdSubst' ? '$(...)' : '<(...)';
        res.subst.push(...this.nested(p.Stmts, t === 'CmdSubst' ? '$(...)' : '<(...)'));
        return;
      }
      case 'ArithmExp':
        res.dynamic = true;
        res.text += '$((...))';
        this.scanSubst(p);
        return;
      default:
        // BraceExp, ExtGlob and friends: keep a readable rendering, treat as a pattern.
        res.glob = true;
        res.text += '*';
        return;
    }
  }
}
