// mvdan-sh (the GopherJS build of mvdan/sh, the parser behind shfmt) ships without types. Nodes
// are Go structs seen from JavaScript; we read only the fields the analyzer needs.
declare module 'mvdan-sh' {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  type Node = any;
  interface Parser {
    Parse(src: string, name: string): Node;
  }
  const sh: {
    syntax: {
      NewParser(...opts: unknown[]): Parser;
      KeepComments(keep: boolean): unknown;
      NodeType(node: Node): string;
      Walk(node: Node, fn: (node: Node) => boolean): void;
      LangBash: unknown;
      Variant(lang: unknown): unknown;
    };
  };
  export default sh;
}
