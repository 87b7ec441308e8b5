"use client";

import { startTransition, useActionState, useState, type FormEvent } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { idle } from "@/lib/actions/form-state";

type Action<D> = (state: FormState<D>, formData: FormData) => Promise<FormState<D>>;

/**
 * useActionState, minus React's automatic form reset: a form whose save failed
 * keeps everything the user typed. `check` may refuse a submission before it is
 * sent, with the state to show (e.g. a file over the size limit).
 */
export function useFormAction<D>(action: Action<D>, check?: (data: FormData) => FormState<D> | null) {
  const [serverState, dispatch, pending] = useActionState<FormState<D>, FormData>(action, idle as FormState<D>);
  const [refused, setRefused] = useState<FormState<D> | null>(null);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(event.currentTarget, submitter);
    const refusal = check?.(data) ?? null;
    setRefused(refusal);
    if (refusal) return;
    startTransition(() => dispatch(data));
  };
  return { state: refused ?? serverState, pending, onSubmit, action: dispatch };
}
