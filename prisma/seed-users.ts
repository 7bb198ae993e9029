// The demo editor, kept in step with CHIPWATCH_DEMO_ACCOUNTS on every start (scripts/prepare-db.ts):
// on, it exists, is enabled and has the documented password; off, it is disabled and its
// sessions end. Idempotent: a start that changes nothing writes nothing.
import { DEMO_EDITOR } from "../lib/auth/constants";
import { hashPassword, verifyPassword } from "../lib/auth/password";
import type { Db } from "../lib/prisma-client";

export type DemoAccountChange = "created" | "enabled" | "disabled" | "unchanged" | "absent";

export async function syncDemoAccounts(db: Db, enabled: boolean): Promise<DemoAccountChange> {
  const existing = await db.user.findUnique({
    where: { email: DEMO_EDITOR.email },
    select: { id: true, role: true, disabled: true, passwordHash: true },
  });

  if (!enabled) {
    if (!existing) return "absent";
    if (existing.disabled) return "unchanged";
    await db.user.update({
      where: { id: existing.id },
      data: { disabled: true, sessionVersion: { increment: 1 } },
    });
    return "disabled";
  }

  if (!existing) {
    await db.user.create({
      data: {
        email: DEMO_EDITOR.email,
        name: DEMO_EDITOR.name,
        role: "editor",
        passwordHash: await hashPassword(DEMO_EDITOR.password),
      },
    });
    return "created";
  }
  const passwordIsDemo = await verifyPassword(existing.passwordHash, DEMO_EDITOR.password);
  if (!existing.disabled && existing.role === "editor" && passwordIsDemo) return "unchanged";
  await db.user.update({
    where: { id: existing.id },
    data: {
      disabled: false,
      role: "editor",
      ...(passwordIsDemo ? {} : { passwordHash: await hashPassword(DEMO_EDITOR.password) }),
    },
  });
  return "enabled";
}
