import type { Hop } from '../../core/trace/trace';
import { useT } from '../../i18n/useT';
import { FIELDS } from './labels';
import { messages } from './messages';
import { hopFieldMarks } from './hopMarks';
import { Table } from '../../lib/ui/Table';

/**
 * The current hop's packet headers; changed fields say so in words as well as in colour, a reply's swapped source and
 * destination included. A hop the packet never reaches is greyed (its caption says so too).
 */
export function HopTable({ hop, caption }: { hop: Hop; caption: string }) {
  const t = useT(messages);
  const marks = hopFieldMarks(hop);
  return (
    <Table
      caption={caption}
      columns={[t('header'), t('value'), t('thisHop')]}
      className={hop.notReached ? 'trace-headers trace-headers--not-reached' : 'trace-headers'}
    >
      {FIELDS.map((field) => {
        const mark = marks[field];
        const changed = mark !== 'same';
        return (
          <tr
            key={field}
            data-field={field}
            data-changed={changed}
            data-mark={mark}
            className={changed ? 'trace-headers__changed' : undefined}
          >
            <th scope="row">{t(`field.${field}`)}</th>
            <td className="trace-mono">{hop.packet[field]}</td>
            <td>{t(mark)}</td>
          </tr>
        );
      })}
    </Table>
  );
}
