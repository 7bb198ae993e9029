import "server-only";
import { env } from "@/lib/env";
import { createPrismaClient } from "@/lib/prisma-client";

// The one Prisma client of the app. Only lib/queries, lib/actions and the seed touch the database.
const globalForPrisma = globalThis as unknown as { prisma?: ReturnType<typeof createPrismaClient> };

export const db = globalForPrisma.prisma ?? createPrismaClient(env.DATABASE_URL);
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = db;
