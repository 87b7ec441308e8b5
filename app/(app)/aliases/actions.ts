"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import { addSpelling, createEntity, mergeEntities, removeSpelling, renameEntity } from "@/lib/aliases/manage-entities";
import {
  addSpellingSchema,
  createEntitySchema,
  mergeEntitiesSchema,
  removeSpellingSchema,
  renameEntitySchema,
} from "@/lib/aliases/schema";

// Editors' changes to entities and spellings (viewers are refused on the server).

const done = () => {
  revalidatePath("/aliases");
  return { saved: true };
};

export const createEntityAction = formAction("tag", createEntitySchema, async (input, user) => {
  await createEntity(input, user.id);
  return done();
});

export const addSpellingAction = formAction("tag", addSpellingSchema, async (input, user) => {
  await addSpelling(input, user.id);
  return done();
});

export const removeSpellingAction = formAction("tag", removeSpellingSchema, async (input, user) => {
  await removeSpelling(input, user.id);
  return done();
});

export const renameEntityAction = formAction("tag", renameEntitySchema, async (input, user) => {
  await renameEntity(input, user.id);
  return done();
});

export const mergeEntitiesAction = formAction("tag", mergeEntitiesSchema, async (input, user) => {
  await mergeEntities(input, user.id);
  return done();
});
