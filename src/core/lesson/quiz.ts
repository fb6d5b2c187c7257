import { fill, type Locale } from '../i18n/locale';
import { computeMapping, type MappingRow } from '../mapping/mapping';
import { formatEndpoint } from '../net/address';
import type { LbTopology } from '../topology/schema';
import { traceFlow } from '../trace/trace';
import { lessonMessages } from './messages';
import { lessonRules, type LessonTopologies } from './topologies';

/** One answer to pick; the text is an address or endpoint, the same in every language. */
export interface QuizChoice {
  id: string;
  text: string;
}

/** A question whose answer and wrong choices are computed from the lesson topologies. */
export interface QuizQuestion {
  id: string;
  prompt: string;
  choices: QuizChoice[];
  /** The id of the right choice. */
  answer: string;
  /** Why the answer is right, with the topology's own values. */
  explanation: string;
}

/** The verdict on one answer. */
export interface QuizFeedback {
  correct: boolean;
  /** "Correct." or "Not quite: the answer is …". */
  verdict: string;
  explanation: string;
}

/**
 * The lesson's quiz: destinations from the mapping (floating IP on, then off with another backend port), the probe
 * target and the outbound source from the trace. Wrong choices are the usual mix-ups (NIC IP vs frontend IP, backend
 * vs frontend port), computed from the same topology, never equal to the answer.
 * @example buildQuiz(lessonTopologies(type2))[0].choices.map(c => c.text) // includes '65.52.0.2:80'
 */
export function buildQuiz(t: LessonTopologies, locale: Locale = 'en'): QuizQuestion[] {
  const m = lessonMessages[locale];
  const [a, b] = lessonRules(t.floating);
  const floatingRows = computeMapping(t.floating);
  const vms = [...new Set(floatingRows.filter((r) => r.rule === b.name).map((r) => r.vm))];
  const vm1 = vms[0]!;
  const vm2 = vms[1] ?? vm1;
  const questions: QuizQuestion[] = [];

  const onRow = rowOf(floatingRows, b.name, vm1);
  const otherFrontend = rowOf(floatingRows, a.name, vm1);
  questions.push(
    question(
      'destination-floating',
      fill(m.quizDestinationFloating, { vm: vm1, rule: b.name }),
      endpoint(onRow),
      [
        formatEndpoint(onRow.memberIp, onRow.destinationPort),
        formatEndpoint(otherFrontend.destinationIp, otherFrontend.destinationPort),
        formatEndpoint(onRow.memberIp, onRow.frontendPort + 1),
        formatEndpoint(onRow.frontendIp, onRow.frontendPort + 1),
      ],
      fill(m.quizDestinationFloatingWhy, {
        vm: vm1,
        frontend: onRow.frontend,
        ip: onRow.frontendIp,
        port: onRow.destinationPort,
        memberIp: formatEndpoint(onRow.memberIp, onRow.destinationPort),
      }),
    ),
  );

  const offRow = rowOf(computeMapping(t.otherPort), b.name, vm2);
  questions.push(
    question(
      'destination-other-port',
      fill(m.quizDestinationOtherPort, { vm: vm2, rule: b.name, port: offRow.destinationPort }),
      endpoint(offRow),
      [
        formatEndpoint(offRow.frontendIp, offRow.frontendPort),
        formatEndpoint(offRow.memberIp, offRow.frontendPort),
        formatEndpoint(offRow.frontendIp, offRow.destinationPort),
      ],
      fill(m.quizDestinationOtherPortWhy, { memberIp: offRow.memberIp, port: offRow.destinationPort, ip: offRow.frontendIp }),
    ),
  );

  const probeTrace = traced(t.floating, a.name, vm2);
  const probeRow = rowOf(floatingRows, a.name, vm2);
  if (probeTrace.probe) {
    const probePort = probeTrace.probe.port;
    questions.push(
      question(
        'probe',
        fill(m.quizProbe, { rule: a.name, vm: vm2 }),
        probeTrace.probe.dst,
        [
          formatEndpoint(probeRow.frontendIp, probePort),
          formatEndpoint(probeRow.frontendIp, probeRow.frontendPort),
          formatEndpoint(probeRow.memberIp, probeRow.destinationPort),
          formatEndpoint(probeTrace.probe.src, probePort),
        ],
        fill(m.quizProbeWhy, { source: probeTrace.probe.src, answer: probeTrace.probe.dst }),
      ),
    );
  }

  const outTrace = traced(t.floating, a.name, vm1);
  const outbound = outTrace.outbound;
  if (outbound) {
    questions.push(
      question(
        'outbound',
        fill(m.quizOutbound, { vm: vm1 }),
        outbound.allowedSrc,
        [outbound.failingSrc, ...t.floating.frontends.map((f) => f.ip), ...(outTrace.probe ? [outTrace.probe.src] : [])],
        fill(m.quizOutboundWhy, { allowed: outbound.allowedSrc, failing: outbound.failingSrc }),
      ),
    );
  }

  // The cluster step: of the nodes' probe targets, only the active node's is answered (the trace marks the others failed).
  const [clusterRule] = t.cluster.rules;
  if (clusterRule) {
    const nodes = [
      ...new Set(
        computeMapping(t.cluster)
          .filter((r) => r.rule === clusterRule.name)
          .map((r) => r.vm),
      ),
    ];
    const probes = nodes.map((vm) => traced(t.cluster, clusterRule.name, vm)).filter((tr) => tr.probe && tr.cluster);
    const active = probes.find((tr) => tr.probe!.failed === undefined);
    if (active) {
      const listenIp = computeMapping(t.cluster).find((r) => r.rule === clusterRule.name)!.listenIp;
      questions.push(
        question(
          'cluster-probe',
          fill(m.quizClusterProbe, { rule: clusterRule.name, pool: clusterRule.backendPool, active: active.cluster!.active }),
          active.probe!.dst,
          [
            ...probes.filter((tr) => tr !== active).map((tr) => tr.probe!.dst),
            formatEndpoint(listenIp, active.probe!.port),
            active.probe!.src,
          ],
          fill(m.quizClusterProbeWhy, { active: active.cluster!.active, answer: active.probe!.dst }),
        ),
      );
    }
  }
  return questions;
}

/**
 * Checks an answer and explains it in `locale`.
 * @example checkAnswer(q, q.answer, 'en').verdict // 'Correct.'
 */
export function checkAnswer(q: QuizQuestion, choiceId: string, locale: Locale = 'en'): QuizFeedback {
  const m = lessonMessages[locale];
  const correct = choiceId === q.answer;
  const answer = q.choices.find((c) => c.id === q.answer)!.text;
  return { correct, verdict: correct ? m.quizCorrect : fill(m.quizWrong, { answer }), explanation: q.explanation };
}

/** How many of the answers given so far are right. */
export function score(questions: readonly QuizQuestion[], answers: Readonly<Record<string, string>>): number {
  return questions.filter((q) => answers[q.id] === q.answer).length;
}

const MAX_DISTRACTORS = 3;

/** Builds a question with up to three distinct wrong choices, in an order that depends on the question only. */
function question(id: string, prompt: string, answer: string, wrong: readonly string[], explanation: string): QuizQuestion {
  const distractors = [...new Set(wrong)].filter((w) => w !== answer).slice(0, MAX_DISTRACTORS);
  if (distractors.length < 2) throw new Error(`Quiz question ${id} has fewer than two wrong choices.`);
  const texts = [answer, ...distractors];
  // Rotate so the answer is not always first; the same question always comes out the same way.
  const shift = [...id].reduce((sum, ch) => sum + ch.charCodeAt(0), 0) % texts.length;
  const ordered = [...texts.slice(shift), ...texts.slice(0, shift)];
  const choices = ordered.map((text, i) => ({ id: `${id}-${i + 1}`, text }));
  return { id, prompt, choices, answer: choices.find((c) => c.text === answer)!.id, explanation };
}

function endpoint(row: MappingRow): string {
  return formatEndpoint(row.destinationIp, row.destinationPort);
}

function rowOf(rows: readonly MappingRow[], rule: string, vm: string): MappingRow {
  const row = rows.find((r) => r.rule === rule && r.vm === vm);
  if (!row) throw new Error(`The lesson topology has no mapping row for rule ${rule} and ${vm}.`);
  return row;
}

function traced(t: LbTopology, rule: string, vm: string) {
  const r = traceFlow(t, { rule, vm });
  if (!r.ok) throw new Error(r.error);
  return r.trace;
}
