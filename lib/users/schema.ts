import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { isStorable } from "@/lib/validation/storable";

// Messages are catalog keys (lib/i18n/messages/*/users.json): the action
// wrapper says them in the user's language, with zod's {minimum}/{maximum}.

const password = z.string().min(12, "users.errors.passwordTooShort").max(256, "users.errors.passwordTooLong");

export const createUserSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "users.errors.giveName")
    .max(120, "users.errors.nameTooLong")
    .refine(isStorable, "users.errors.nameInvalid"),
  email: z
    .email("users.errors.giveEmail")
    .max(320, "users.errors.emailTooLong")
    .transform((e) => e.toLowerCase()),
  role: z.enum(ROLES, "users.errors.chooseRole"),
  password,
});

export const setRoleSchema = z.object({ userId: z.uuid(), role: z.enum(ROLES, "users.errors.chooseRole") });
export const setAccessSchema = z.object({ userId: z.uuid(), access: z.enum(["disable", "enable"]) });
export const setPasswordSchema = z.object({ userId: z.uuid(), password });
