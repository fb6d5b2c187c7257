import { describe, expect, it } from 'vitest';
import { LOCALES } from '../i18n/locale';
import { mapRules } from '../mapping/mapping';
import { indexTopology } from '../model/resolve';
import { formatEndpoint } from '../net/address';
import { preset } from '../testing/presets';
import type { LbTopology } from '../topology/schema';
import { traceFlow } from '../trace/trace';
import { buildQuiz, checkAnswer, score } from './quiz';
import { lessonTopologies } from './topologies';

const lesson = lessonTopologies(preset('type2-floating-ip'));
const quiz = buildQuiz(lesson);
const answerText = (id: string) => {
  const q = quiz.find((x) => x.id === id)!;
  return q.choices.find((c) => c.id === q.answer)!.text;
};
// Recomputed here from the mapping rows, not from the quiz's helpers.
const delivered = (t: LbTopology, rule: string, vm: string) => {
  const row = mapRules(t, indexTopology(t)).rows.find((r) => r.rule === rule && r.vm === vm)!;
  return formatEndpoint(row.destinationIp, row.destinationPort);
};

describe('the lesson quiz', () => {
  it('has 3 to 5 questions, each with one right and at least two distinct wrong choices', () => {
    expect(quiz.length).toBeGreaterThanOrEqual(3);
    expect(quiz.length).toBeLessThanOrEqual(5);
    for (const q of quiz) {
      const texts = q.choices.map((c) => c.text);
      expect(new Set(texts).size, q.id).toBe(texts.length);
      expect(texts.length, q.id).toBeGreaterThanOrEqual(3);
      expect(
        q.choices.filter((c) => c.id === q.answer),
        q.id,
      ).toHaveLength(1);
      expect(new Set(q.choices.map((c) => c.id)).size).toBe(q.choices.length);
    }
  });

  it('asks for the destination mapRules computes, with floating IP on and off', () => {
    expect(answerText('destination-floating')).toBe(delivered(lesson.floating, 'rule2', 'VM1'));
    expect(answerText('destination-floating')).toBe('65.52.0.2:80'); // the page's table: same as frontend
    expect(answerText('destination-other-port')).toBe(delivered(lesson.otherPort, 'rule2', 'VM2'));
    expect(answerText('destination-other-port')).toBe('10.0.0.5:81'); // the page's rule type 1 table: BIP:81
  });

  it('offers the floating-off destination as a mix-up, never the right one', () => {
    const q = quiz.find((x) => x.id === 'destination-floating')!;
    const wrong = q.choices.filter((c) => c.id !== q.answer).map((c) => c.text);
    expect(wrong).toContain(formatEndpoint('10.0.0.4', 80)); // NIC IP: the answer with floating IP off
    expect(wrong).not.toContain(delivered(lesson.floating, 'rule2', 'VM1'));
  });

  it('asks where the probe goes (NIC IP, probe port) and which outbound source works (NIC primary IP)', () => {
    const probe = lesson.floating.probes.find((p) => p.name === lesson.floating.rules[0]!.probe)!;
    expect(answerText('probe')).toBe(formatEndpoint('10.0.0.5', probe.port));
    const probeWrong = quiz.find((x) => x.id === 'probe')!.choices.map((c) => c.text);
    expect(probeWrong).toContain(formatEndpoint('65.52.0.1', probe.port));
    expect(answerText('outbound')).toBe(lesson.floating.vms.find((v) => v.name === 'VM1')!.nic.ip);
    expect(quiz.find((x) => x.id === 'outbound')!.choices.map((c) => c.text)).toContain('65.52.0.1');
  });

  it('asks which node answers a cluster’s probe: the active one, from the trace; the passive node is a mix-up', () => {
    const active = traceFlow(lesson.cluster, { rule: 'rule1', vm: 'VM1' });
    const passive = traceFlow(lesson.cluster, { rule: 'rule1', vm: 'VM2' });
    if (!active.ok || !passive.ok) throw new Error('no trace');
    expect(active.trace.probe!.failed).toBeUndefined();
    expect(passive.trace.probe!.failed).toBeDefined();
    expect(answerText('cluster-probe')).toBe(active.trace.probe!.dst);
    expect(quiz.find((x) => x.id === 'cluster-probe')!.choices.map((c) => c.text)).toContain(passive.trace.probe!.dst);
  });

  it('does not always put the answer first', () => {
    expect(new Set(quiz.map((q) => q.choices.findIndex((c) => c.id === q.answer))).size).toBeGreaterThan(1);
  });

  it('checks answers, explains them and keeps score', () => {
    const q = quiz[0]!;
    const wrong = q.choices.find((c) => c.id !== q.answer)!;
    expect(checkAnswer(q, q.answer)).toMatchObject({ correct: true, verdict: 'Correct.' });
    const no = checkAnswer(q, wrong.id);
    expect(no.correct).toBe(false);
    expect(no.verdict).toContain(answerText(q.id));
    expect(no.explanation).toContain('65.52.0.2');
    expect(score(quiz, { [q.id]: q.answer, [quiz[1]!.id]: 'nope' })).toBe(1);
    expect(checkAnswer(q, wrong.id, 'ja').verdict).toContain('正解は');
  });

  it('speaks both languages with the same answers and no unfilled placeholder', () => {
    const ja = buildQuiz(lessonTopologies(preset('type2-floating-ip'), 'ja'), 'ja');
    expect(ja.map((q) => [q.id, q.answer, q.choices])).toEqual(quiz.map((q) => [q.id, q.answer, q.choices]));
    for (const locale of LOCALES) {
      for (const q of buildQuiz(lesson, locale)) {
        expect(q.prompt + q.explanation).not.toMatch(/\{\w+\}/);
      }
    }
    expect(ja[0]!.prompt).toMatch(/フローティング IP/);
  });
});
