// Syntax tree of an ARM template expression.

/** One node; `pos` is the offset in the template string, for error messages. */
export type Expr =
  | { kind: 'string'; value: string; pos: number }
  | { kind: 'number'; value: number; pos: number }
  | { kind: 'literal'; value: boolean | null; pos: number }
  | { kind: 'call'; name: string; args: Expr[]; pos: number }
  | { kind: 'property'; object: Expr; name: string; pos: number }
  | { kind: 'index'; object: Expr; index: Expr; pos: number };

/** A template string after parsing: plain text (possibly `[[`-unescaped), an expression, or a syntax error. */
export type ParsedString =
  | { ok: true; kind: 'text'; value: string }
  | { ok: true; kind: 'expression'; expr: Expr }
  | { ok: false; message: string; position: number };
