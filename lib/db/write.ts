import { db } from "./client";
import type { Prisma } from "./generated/prisma/client";

export type Tx = Prisma.TransactionClient;

/**
 * Runs fn in one transaction on behalf of a user. The history triggers read the
 * actor from the transaction-local setting recoupe.actor_id, so every revision
 * written by this transaction names who made the change.
 */
export async function writeAs<T>(actorId: string | null, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db().$transaction(
    async (tx) => {
      if (actorId) await tx.$executeRaw`SELECT set_config('recoupe.actor_id', ${actorId}, true)`;
      return fn(tx);
    },
    { maxWait: 5_000, timeout: 30_000 },
  );
}
