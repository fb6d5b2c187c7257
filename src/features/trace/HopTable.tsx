import type { Hop } from '../../core/trace/trace';
import { useT } from '../../i18n/useT';
import { FIELDS } from './labels';
import { messages } from './messages';

/** The current hop's packet headers; changed fields say so in words as well as in colour. */
export function HopTable({ hop, caption }: { hop: Hop; caption: string }) {
  const t = useT(messages);
  return (
    <table className="trace-headers">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('header')}</th>
          <th scope="col">{t('value')}</th>
          <th scope="col">{t('thisHop')}</th>
        </tr>
      </thead>
      <tbody>
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
      </tbody>
    </table>
  );
}
