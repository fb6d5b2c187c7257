import { useId, type ReactNode } from 'react';

interface FieldShellProps {
  label: string;
  hint?: string;
  problem?: string;
  children: (ids: { control: string; describedBy: string | undefined }) => ReactNode;
}

/** Label, control, hint and inline problem, wired with ids so assistive tech reads them together. */
export function FieldShell({ label, hint, problem, children }: FieldShellProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const problemId = problem ? `${id}-problem` : undefined;
  const describedBy = [problemId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={problem ? 'field field--invalid' : 'field'}>
      <label className="field__label" htmlFor={`${id}-control`}>
        {label}
      </label>
      {children({ control: `${id}-control`, describedBy })}
      {problem && (
        <p className="field__problem" id={problemId}>
          {problem}
        </p>
      )}
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  );
}
