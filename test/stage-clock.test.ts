import { lap, startClock, stopClock } from '../src/_internal/stage-clock.js';

describe('stage clock', () => {
  it('counts nothing unless started', () => {
    lap('a');
    expect(stopClock().size).toBe(0);
  });

  it('adds each lap to its stage, in the order the stages first ended, and stops', () => {
    startClock();
    lap('text');
    lap('rulings');
    lap('text');
    const laps = stopClock();
    expect([...laps.keys()]).toEqual(['text', 'rulings']);
    for (const ms of laps.values()) expect(ms).toBeGreaterThanOrEqual(0);
    lap('after');
    expect(stopClock().size).toBe(0);
  });
});
