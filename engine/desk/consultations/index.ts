/** Consult and collaborate: the holder of a task asks a colleague or a group; the answer comes back. */
export { consultTask, type ConsultInput } from './consult-task.ts';
export { answerConsultation } from './answer-consultation.ts';
export { getConsultations } from './queries.ts';
export { consultationHooks } from './answered.ts';
