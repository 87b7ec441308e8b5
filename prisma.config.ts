// Configuration for the Prisma CLI. Only `prisma generate` is used on our
// machines (see lib/db/migrate.ts for why migrations are applied by our own
// runner); generate needs a datasource URL even though it never connects.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: {
    url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/recoupe",
  },
});
