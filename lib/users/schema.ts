import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { storable } from "@/lib/validation/storable";

const password = z
  .string()
  .min(12, "Passwords have at least 12 characters")
  .max(256, "Passwords are limited to 256 characters");

export const createUserSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Give the person's name")
    .max(120)
    .refine(...storable("The name")),
  email: z
    .email("Give a valid email address")
    .max(320)
    .transform((e) => e.toLowerCase()),
  role: z.enum(ROLES, "Choose a role"),
  password,
});

export const setRoleSchema = z.object({ userId: z.uuid(), role: z.enum(ROLES, "Choose a role") });
export const setAccessSchema = z.object({ userId: z.uuid(), access: z.enum(["disable", "enable"]) });
export const setPasswordSchema = z.object({ userId: z.uuid(), password });
