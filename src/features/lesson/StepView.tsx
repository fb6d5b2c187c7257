import type { LessonBlock, LessonStep } from '../../core/lesson/steps';
import { FloatingSwitch } from './FloatingSwitch';
import { LiveDiagram } from './LiveDiagram';
import { LiveConflict } from './LiveConflict';
import { LiveMapping } from './LiveMapping';

/** One step's text, commands and live parts, in the order the core gives them. */
export function StepView({ step }: { step: LessonStep }) {
  return (
    <div className="lesson__body">
      {step.blocks.map((block, i) => (
        <Block key={`${step.id}-${i}`} block={block} />
      ))}
    </div>
  );
}

function Block({ block }: { block: LessonBlock }) {
  switch (block.kind) {
    case 'text':
      return <p>{block.text}</p>;
    case 'list':
      return (
        <ul className="lesson__list">
          {block.items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      );
    case 'code':
      return (
        <figure className="lesson__code">
          <figcaption>{block.label}</figcaption>
          <pre tabIndex={0}>
            <code>{block.code}</code>
          </pre>
        </figure>
      );
    case 'diagram':
      return <LiveDiagram label={block.label} rule={block.rule} vm={block.vm} />;
    case 'live':
      return block.what === 'conflict' ? <LiveConflict /> : block.what === 'floatingSwitch' ? <FloatingSwitch /> : <LiveMapping />;
  }
}
