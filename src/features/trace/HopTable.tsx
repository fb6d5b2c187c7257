import type { Hop } from '../../core/trace/trace';
import { useT } from '../../i18n/useT';
import { FIELDS } from './labels';
import { messages } from './messages';
import { Table } from '../../lib/ui/Table';

/** The current hop's packet headers; changed fields say so in words as well as in colour. */
export function HopTable({ hop, caption }: { hop: Hop; caption: string }) {
  const t = useT(messages);
  return (
    <Table caption={caption} columns={[t('header'), t('value'), t('thisHop')]} className="trace-headers">
      {FIELDS.map((field) => {
        const changed = hop.changed.includes(field);
        return (
          <tr key={field} data-field={field} data-changed={changed} className={changed ? 'trace-headers__changed' : undefined}>
            <th scope="row">{t(`field.${field}`)}</th>
            <td className="trace-mono">{hop.packet[field]}</td>
            <td>{changed ? t('changed') : t('same')}</td>
          </tr>
        );
      })}
    </Table>
  );
}
