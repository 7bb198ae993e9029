// The page's horizontal frame: one max width and gutter for header, main and footer (`frame`, app/globals.css).
export function Container({ className = "", children }: { className?: string; children: React.ReactNode }) {
  return <div className={className ? `frame ${className}` : "frame"}>{children}</div>;
}
