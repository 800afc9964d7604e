'use client';
import type { ReadFormState } from 'react-hook-form';

/** `submitting` plus every value change: what `useApplyProblem` listens to (see `submitting`). */
export const valuesAndSubmitting = { values: true, isSubmitting: true } as Partial<ReadFormState>;
