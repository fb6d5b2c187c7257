import type { Hop } from '../../core/trace/trace';
import { FIELDS } from './labels';

/** The current hop's packet headers; changed fields say so in words as well as in colour. */
export function HopTable({ hop, caption }: { hop: Hop; caption: string }) {
  return (
    <table className="trace-headers">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Header</th>
          <th scope="col">Value</th>
          <th scope="col">This hop</th>
        </tr>
      </thead>
      <tbody>
        {FIELDS.map(({ field, label }) => {
          const changed = hop.changed.includes(field);
          return (
            <tr key={field} data-field={field} data-changed={changed} className={changed ? 'trace-headers__changed' : undefined}>
              <th scope="row">{label}</th>
              <td className="trace-mono">{hop.packet[field]}</td>
              <td>{changed ? 'Changed' : 'Same'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
