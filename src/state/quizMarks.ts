/**
 * What the quiz shows on the 3D back (the quiz panel writes it, src/scene/QuizMarkers.tsx draws
 * it): the landmarks the open question is found from, the keyboard cursor, and after an answer
 * the correct spot(s) and the user's tap. Body frame, metres. Empty when no tap question is open.
 */
import { create } from 'zustand';
import type { Vec3 } from '../domain/anatomy/types';
import type { AnswerTarget } from '../domain/quiz/marks';

export interface QuizAnswerMarks {
  /** Acupoint id for a point question ("BL23"); null for the midline strip question. */
  point: string | null;
  spots: AnswerTarget[];
  strip: [Vec3, Vec3] | null;
  /** The strip's top and bottom levels ("L1", "S1"). */
  stripLevels: [string, string] | null;
  tap: Vec3;
  correct: boolean;
}

export interface QuizMarksState {
  landmarks: string[];
  cursor: Vec3 | null;
  answer: QuizAnswerMarks | null;
  show: (m: Partial<Pick<QuizMarksState, 'landmarks' | 'cursor' | 'answer'>>) => void;
  clear: () => void;
}

export const useQuizMarks = create<QuizMarksState>()((set) => ({
  landmarks: [],
  cursor: null,
  answer: null,
  show: (m) => set(m),
  clear: () => set({ landmarks: [], cursor: null, answer: null }),
}));
