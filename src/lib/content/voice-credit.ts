/**
 * Who said it, who asked and where it appeared, as the source states it: the credit line of a
 * voice. An interview is credited to the person interviewed and the interviewer, never "by" the
 * interviewee; a publisher is named only where the source names one.
 */
export interface VoiceCreditData {
  kind: 'interview' | 'post';
  publisher?: string;
  appearedIn?: string;
  interviewee?: { name: string; role?: string };
  interviewer?: { name: string; role?: string };
}

const person = (p: { name: string; role?: string }) => (p.role ? `${p.name}, ${p.role}` : p.name);

/** E.g. "Interview with Alessandra Pauncz, Executive Director of WWP EN, by Vibeke Thomsen, SHECANHECAN. Appeared in “Interview of the Month”." */
export function voiceCredit(voice: VoiceCreditData): string {
  const parts: string[] = [];
  if (voice.kind === 'interview' && voice.interviewee) {
    parts.push(`Interview with ${person(voice.interviewee)}${voice.interviewer ? `, by ${person(voice.interviewer)}` : ''}.`);
  } else if (voice.kind === 'post' && voice.publisher) {
    parts.push(`Post by ${voice.publisher}.`);
  }
  if (voice.appearedIn) parts.push(`Appeared in “${voice.appearedIn}”.`);
  if (voice.kind === 'interview' && voice.publisher) parts.push(`Published by ${voice.publisher}.`);
  return parts.join(' ');
}
