import { describe, expect, it } from 'vitest';
import { lessonData } from './lessonData';
import { stepSelection } from './stepNodes';

const lesson = lessonData('en');
const ids = (refs: { kind: string; name: string }[]) => refs.map((r) => `${r.kind}:${r.name}`);

describe('stepSelection', () => {
  it('keeps the focus first and adds each node of the step’s wires once', () => {
    const refs = stepSelection({
      focus: [{ kind: 'rule', name: 'rule2' }],
      wires: ['frontend:FIP2->rule:rule2', 'rule:rule2->backendPool:pool', 'backendPool:pool->vm:VM1', 'backendPool:pool->vm:VM2'],
    });
    expect(ids(refs)).toEqual(['rule:rule2', 'frontend:FIP2', 'backendPool:pool', 'vm:VM1', 'vm:VM2']);
  });

  it('skips what is not a wire between two nodes', () => {
    expect(stepSelection({ focus: [], wires: ['nonsense', 'frontend:FIP1->nowhere'] })).toEqual([{ kind: 'frontend', name: 'FIP1' }]);
  });

  it('highlights the whole path of step 2: frontend, rule, pool and every VM of rule2', () => {
    const floating = lesson.steps.find((s) => s.id === 'floating')!;
    expect(new Set(ids(stepSelection(floating)))).toEqual(new Set(['frontend:FIP2', 'rule:rule2', 'backendPool:pool', 'vm:VM1', 'vm:VM2']));
    expect(ids(stepSelection(floating))[0]).toBe('rule:rule2');
  });
});
