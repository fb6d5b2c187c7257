import { useState } from 'react';
import type { Parsed } from '../draft';

/** A field's local text, its problem, and how to commit it. */
export interface Draft {
  text: string;
  problem: string | undefined;
  change: (text: string) => void;
  /** Commits the text if it is well-formed and differs from the stored value. */
  flush: () => void;
  /** Drops the draft and shows the stored value again. */
  revert: () => void;
}

/**
 * Keeps what the user types apart from the store, so half-typed values never reach the topology.
 * `commit` returns a problem string when the store refuses the value (e.g. a rename clash).
 */
export function useDraft<T>(value: string, parse: (raw: string) => Parsed<T>, commit: (value: T) => string | void): Draft {
  const [text, setText] = useState(value);
  const [shown, setShown] = useState(value);
  const [refused, setRefused] = useState<string>();
  // The stored value changed (undo, another editor, a commit): show it, as React's
  // "adjust state when a prop changes" pattern recommends, instead of an effect.
  if (value !== shown) {
    setShown(value);
    setText(value);
    setRefused(undefined);
  }
  const parsed = parse(text);
  return {
    text,
    problem: parsed.ok ? refused : parsed.problem,
    change: (next) => {
      setText(next);
      setRefused(undefined);
    },
    flush: () => {
      if (!parsed.ok || text === value) return;
      const problem = commit(parsed.value);
      if (problem) setRefused(problem);
    },
    revert: () => {
      setText(value);
      setRefused(undefined);
    },
  };
}
