// Password hashes: argon2id, salted per call, and a check that says no to anything else.
import { describe, expect, it } from "vitest";
import { hashPassword, verifyAgainstDecoy, verifyPassword } from "@/lib/auth/password";

describe("hashPassword / verifyPassword", () => {
  it("hashes with argon2id at OWASP's minimum cost and verifies only the right password", async () => {
    const hash = await hashPassword("correct horse battery staple");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(hash).not.toContain("correct horse");
    expect(await verifyPassword(hash, "correct horse battery staple")).toBe(true);
    expect(await verifyPassword(hash, "correct horse battery stapl")).toBe(false);
    expect(await verifyPassword(hash, "Correct horse battery staple")).toBe(false);
    expect(await verifyPassword(hash, "")).toBe(false);
  });

  it("salts every hash afresh: the same password hashes differently each time", async () => {
    const [a, b] = await Promise.all([hashPassword("same password here"), hashPassword("same password here")]);
    expect(a).not.toBe(b);
    expect(await verifyPassword(a, "same password here")).toBe(true);
    expect(await verifyPassword(b, "same password here")).toBe(true);
  });

  it("matches nothing against a missing or malformed hash, without throwing", async () => {
    expect(await verifyPassword(null, "anything")).toBe(false);
    expect(await verifyPassword("", "anything")).toBe(false);
    expect(await verifyPassword("not-a-phc-string", "anything")).toBe(false);
    expect(await verifyAgainstDecoy("anything")).toBe(false);
  });
});
