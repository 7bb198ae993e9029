// `npm run admin:create -- --email you@example.org [--name "Your Name"] [--reset]`
//
// Creates an admin account, the first one a deployment needs. The password is read from standard
// input when it is piped (`printf '%s\n' "$PASSWORD" | npm run admin:create -- --email …`), or
// asked for twice, unechoed, at a terminal; never from the command line, where `ps` and shell
// history would keep it. It must be at least 12 characters and not an obvious one.
// An existing email is refused unless `--reset`, which sets the new password, makes the account
// an enabled admin and signs it out everywhere.
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { databaseProvider, describeDatabase, sqliteFileFromUrl } from "../lib/database-url";
import { hashPassword } from "../lib/auth/password";
import { parseEnv } from "../lib/env";
import { createPrismaClient } from "../lib/prisma-client";
import { accountPasswordSchema, EmailSchema } from "../lib/validation/auth";

const USAGE = 'usage: npm run admin:create -- --email you@example.org [--name "Your Name"] [--reset]';

function fail(message: string): never {
  console.error(`admin:create: ${message}`);
  process.exit(1);
}

async function readPipedPassword(): Promise<string> {
  let input = "";
  for await (const chunk of process.stdin) input += chunk;
  return input.split(/\r?\n/)[0] ?? "";
}

function promptHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    let value = "";
    const finish = () => {
      stdin.off("data", onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stdout.write("\n");
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === "\r" || char === "\n") {
          finish();
          resolve(value);
          return;
        }
        if (char === "\u0003" || char === "\u0004") {
          finish();
          reject(new Error("cancelled"));
          return;
        }
        if (char === "\u007f" || char === "\b") value = [...value].slice(0, -1).join("");
        else value += char;
      }
    };
    process.stdout.write(question);
    stdin.setEncoding("utf8");
    stdin.setRawMode(true);
    stdin.resume();
    stdin.on("data", onData);
  });
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) return readPipedPassword();
  const password = await promptHidden("Password (at least 12 characters): ");
  const again = await promptHidden("The same password again: ");
  if (password !== again) fail("the two passwords differ; nothing was changed");
  return password;
}

async function main() {
  let options: { email?: string; name?: string; reset?: boolean };
  try {
    ({ values: options } = parseArgs({
      options: { email: { type: "string" }, name: { type: "string" }, reset: { type: "boolean", default: false } },
    }));
  } catch (err) {
    fail(`${err instanceof Error ? err.message : err}\n${USAGE}`);
  }
  if (!options.email) fail(`--email is required\n${USAGE}`);
  const email = EmailSchema.safeParse(options.email);
  if (!email.success) fail(`--email: ${email.error.issues[0].message}`);

  const password = accountPasswordSchema(email.data).safeParse(await readPassword());
  if (!password.success) fail(`the password ${password.error.issues[0].message}; nothing was changed`);

  const { DATABASE_URL: url } = parseEnv(process.env);
  if (databaseProvider(url) === "sqlite") {
    const file = sqliteFileFromUrl(url);
    if (file !== ":memory:") mkdirSync(path.dirname(file), { recursive: true });
  }
  execFileSync(path.join(process.cwd(), "node_modules", ".bin", "prisma"), ["migrate", "deploy"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DATABASE_URL: url },
  });

  const db = createPrismaClient(url);
  try {
    const existing = await db.user.findUnique({ where: { email: email.data }, select: { id: true } });
    if (existing && !options.reset) {
      fail(`an account with the email ${email.data} already exists; add --reset to give it this password as an admin`);
    }
    const passwordHash = await hashPassword(password.data);
    const name = options.name?.trim() || null;
    if (existing) {
      await db.user.update({
        where: { id: existing.id },
        data: { passwordHash, role: "admin", disabled: false, sessionVersion: { increment: 1 }, ...(name ? { name } : {}) },
      });
      console.log(`admin:create: ${email.data} is an admin with the new password; its other sessions are signed out`);
    } else {
      await db.user.create({ data: { email: email.data, name, role: "admin", passwordHash } });
      console.log(`admin:create: created the admin ${email.data} in ${describeDatabase(url)}`);
    }
  } finally {
    await db.$disconnect();
  }
}

main().catch((err) => fail(err instanceof Error ? err.message : String(err)));
