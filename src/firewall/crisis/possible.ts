// The concept rules (concepts*.ts) run their triggers on each clause of a text. The screen's one
// walk over the whole text (text-index.ts) already found which triggers' literals occur in it; a
// trigger whose literals are absent cannot match any clause of that text, so it is not run.
// Exact only for a clause that is a piece of the walked text: the screen passes null (run all)
// for a clause it removed idioms from, since the space left behind could complete a literal.

/** The concept triggers whose literals occur in the text; null: any may match. */
export type Possible = ReadonlySet<RegExp> | null;

/** re.test(clause), skipped when `re` cannot match it. */
export function testIf(re: RegExp, clause: string, possible: Possible): boolean {
  return (!possible || possible.has(re)) && re.test(clause);
}

/** re.exec(clause), skipped likewise. */
export function execIf(re: RegExp, clause: string, possible: Possible): RegExpExecArray | null {
  return !possible || possible.has(re) ? re.exec(clause) : null;
}
