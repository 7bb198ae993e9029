import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/guard";
import { signOutAction } from "@/lib/actions/auth";

// The header's account corner: "Sign in" for readers; for a signed-in editor, who they are,
// the way to the editor's pages and "Sign out" (a POST, through a server action).
const linkClass = "nav-link";

export async function AccountMenu() {
  const user = await getCurrentUser();
  if (!user) {
    return (
      <div className="-mx-2.5 text-sm">
        <Link href="/login" prefetch={false} className={linkClass}>
          Sign in
        </Link>
      </div>
    );
  }
  return (
    <div aria-label="Account" role="group" className="-mx-2.5 flex flex-wrap items-center gap-x-1 gap-y-1 text-sm">
      <span className="muted px-2.5">
        <span className="sr-only">Signed in as </span>
        {user.email}
      </span>
      <Link href="/editor" prefetch={false} className={linkClass}>
        Editor
      </Link>
      <form action={signOutAction}>
        <button type="submit" className={`${linkClass} cursor-pointer`}>
          Sign out
        </button>
      </form>
    </div>
  );
}
