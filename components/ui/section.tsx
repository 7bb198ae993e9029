// A titled region of a page: the heading names the region for screen readers.
export function Section({
  id,
  title,
  description,
  children,
}: {
  id: string;
  title: string;
  description?: React.ReactNode;
  children: React.ReactNode;
}) {
  const headingId = `${id}-heading`;
  return (
    <section id={id} aria-labelledby={headingId} className="scroll-mt-6">
      <div className="mb-4">
        <h2 id={headingId} className="section-title">
          {title}
        </h2>
        {description ? <p className="muted mt-1 text-sm">{description}</p> : null}
      </div>
      {children}
    </section>
  );
}
