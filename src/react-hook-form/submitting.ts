'use client';
import type { ReadFormState } from 'react-hook-form';

/**
 * The `formState` filter of a `subscribe` call that hears when a submit starts. `handleSubmit` announces it with a
 * lone `{ isSubmitting: true }` update, and `subscribe` passes an update on when one of its keys is asked for; its
 * type lists only the proxied keys, so `isSubmitting` is added here (react-hook-form 7.55–7.92 `shouldRenderFormState`).
 */
export const submitting = { isSubmitting: true } as Partial<ReadFormState>;
