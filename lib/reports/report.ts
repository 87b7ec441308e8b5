import type { ClaimValue } from "@/lib/claims/value";
import type { Relation } from "@/lib/discrepancies/classify";

// The discrepancy report as data: what the Markdown, CSV and JSON exports all
// render, so that the three always hold the same facts, claims and notes.

export type ReportNote = { author: string; createdAt: string; body: string };

export type ReportClaim = {
  id: string;
  outlet: string;
  articleTitle: string;
  articleUrl: string | null;
  publishedAt: string;
  quote: string;
  figure: string;
  value: ClaimValue;
  valueText: string;
  attributedTo: string | null;
  asOf: string | null;
  link: string;
  notes: ReportNote[];
};

export type ReportFact = {
  id: string;
  label: string;
  kind: string;
  status: string;
  resolutionNote: string | null;
  classification: Relation | "single" | "none";
  classificationLabel: string;
  explanation: string;
  link: string;
  claims: ReportClaim[];
  notes: ReportNote[];
};

export type Report = { title: string; generatedAt: string; scope: string; facts: ReportFact[] };
