"use client";

import { useLocale } from "next-intl";
import { useMemo } from "react";
import { formatsFor, type Formats } from "@/lib/format";

/** Client components: every format (lib/format.ts) in the interface's language. */
export function useFormats(): Formats {
  const locale = useLocale();
  return useMemo(() => formatsFor(locale), [locale]);
}
