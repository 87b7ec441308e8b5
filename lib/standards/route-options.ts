import { z } from "zod";
import { env } from "@/lib/env";
import { organizationName } from "./organization";

// What every standards download shares: the public address links are built
// on, the organisation that signs reviews, the language of the texts.

export const langSchema = z.enum(["en", "fr"], "lang must be en or fr").default("en");

export function publicBaseUrl(request: Request): string {
  return (env().RECOUPE_BASE_URL ?? new URL(request.url).origin).replace(/\/$/, "");
}

export function reviewOptions(request: Request, locale: "en" | "fr") {
  return { baseUrl: publicBaseUrl(request), organization: organizationName(), locale };
}

export const JSON_LD = "application/ld+json; charset=utf-8";
export const ANNO_JSON_LD = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8';
