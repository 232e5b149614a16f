/** The credit line of a voice says who spoke, who asked and where it appeared, and nothing more. */
import { describe, expect, it } from 'vitest';
import { voiceCredit } from '#src/lib/content/voice-credit.ts';

describe('voiceCredit', () => {
  it('credits an interview to the person interviewed and the interviewer, not "by" the interviewee', () => {
    const credit = voiceCredit({
      kind: 'interview',
      appearedIn: 'Interview of the Month',
      interviewee: { name: 'Alessandra Pauncz', role: 'Executive Director of WWP EN' },
      interviewer: { name: 'Vibeke Thomsen', role: 'SHECANHECAN' },
    });
    expect(credit).toBe(
      'Interview with Alessandra Pauncz, Executive Director of WWP EN, by Vibeke Thomsen, SHECANHECAN. Appeared in “Interview of the Month”.',
    );
    expect(credit).not.toMatch(/published by/i);
  });

  it('names a publisher only when the entry gives one', () => {
    expect(voiceCredit({ kind: 'post', publisher: 'Respect' })).toBe('Post by Respect.');
    expect(voiceCredit({ kind: 'interview', interviewee: { name: 'A Person' }, publisher: 'A Magazine' })).toBe(
      'Interview with A Person. Published by A Magazine.',
    );
  });
});
