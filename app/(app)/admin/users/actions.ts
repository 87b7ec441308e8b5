"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import { createUser, setAccess, setPassword, setRole } from "@/lib/users/manage-users";
import { createUserSchema, setAccessSchema, setPasswordSchema, setRoleSchema } from "@/lib/users/schema";

export const createUserAction = formAction("manage-users", createUserSchema, async (input) => {
  await createUser(input);
  revalidatePath("/admin/users");
  return null;
});

export const setRoleAction = formAction("manage-users", setRoleSchema, async (input, user) => {
  await setRole(input.userId, input.role, user.id);
  revalidatePath("/admin/users");
  return null;
});

export const setAccessAction = formAction("manage-users", setAccessSchema, async (input, user) => {
  await setAccess(input.userId, input.access, user.id);
  revalidatePath("/admin/users");
  return null;
});

export const setPasswordAction = formAction("manage-users", setPasswordSchema, async (input) => {
  await setPassword(input.userId, input.password);
  return null;
});
