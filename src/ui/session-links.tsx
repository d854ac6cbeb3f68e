import Link from "next/link";

/** A workspace's list of sessions: a heading, the sessions as links with their start time, or a note. */
export function SessionLinks({
  title,
  heading,
  empty,
  sessions,
  href,
  when,
}: {
  title: string;
  heading: string;
  empty: string;
  sessions: Array<{ id: string; name: string; startsAt: Date }>;
  href: (id: string) => string;
  when: (d: Date) => string;
}) {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">{title}</h1>
      <h2 className="text-xl font-semibold">{heading}</h2>
      {sessions.length === 0 ? (
        <p className="text-slate-600">{empty}</p>
      ) : (
        <ul className="list-disc pl-6">
          {sessions.map((s) => (
            <li key={s.id}>
              <Link href={href(s.id)} className="text-blue-700 underline">
                {s.name}
              </Link>{" "}
              {when(s.startsAt)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
