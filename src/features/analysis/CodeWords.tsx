/** A diagnostic code that may wrap: codes are long CamelCase words, so <wbr> breaks between words, not mid-word. */
export function CodeWords({ code, last }: { code: string; last: boolean }) {
  const words = code.split(/(?=[A-Z])/);
  return (
    <>
      {words.map((w, i) => (
        <span key={i}>
          {i > 0 && <wbr />}
          {w}
        </span>
      ))}
      {!last && ', '}
    </>
  );
}
