import { useEffect, useState } from 'react';
import { playStart, step, stepDelay, tick, type Speed } from './stepper';

/** The stepper's state: the current hop, play/pause and speed, with auto-play on a timer. */
export function useStepper(count: number) {
  const [rawIndex, setIndex] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<Speed>(1);
  // Clamped on read: a topology edit can never leave the stepper past the last hop.
  const index = step(rawIndex, count, 0);

  useEffect(() => {
    if (!playing) return;
    const timer = setTimeout(() => {
      const next = tick(index, count);
      setIndex(next.index);
      setPlaying(next.playing);
    }, stepDelay(speed));
    return () => clearTimeout(timer);
  }, [playing, index, count, speed]);

  return {
    index,
    playing,
    speed,
    setSpeed,
    go: (delta: number) => {
      setPlaying(false);
      setIndex(step(index, count, delta));
    },
    togglePlay: () => {
      if (!playing) setIndex(playStart(index, count));
      setPlaying(!playing);
    },
  };
}
