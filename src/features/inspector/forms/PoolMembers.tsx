import { useState } from 'react';
import { updateElement } from '../../../core/edit/elements';
import type { BackendPool, PoolMember, LbTopology } from '../../../core/topology/schema';
import { applyInLb, useLbTopology } from '../../../store/lbFocus';
import { SelectField } from '../fields/SelectField';
import { ipConfigOptions, memberChoice, memberFor, memberVm } from './members';
import { useLanguage, useT } from '../../../i18n/useT';
import { messages } from '../messages';
import { Button } from '../../../lib/ui/Button';

/** A pool's members: which IP configuration each uses, remove one, add a VM. */
export function PoolMembers({ pool }: { pool: BackendPool }) {
  const t = useT(messages);
  const language = useLanguage();
  const vms = useLbTopology().vms;
  const setMembers = (edit: (members: PoolMember[]) => PoolMember[]) =>
    applyInLb((t: LbTopology) => {
      const current = t.backendPools.find((p) => p.name === pool.name);
      return current ? updateElement(t, 'backendPool', pool.name, { members: edit(current.members) }) : t;
    });
  const inPool = new Set(pool.members.map(memberVm));
  const addable = vms.filter((v) => !inPool.has(v.name));

  return (
    <fieldset className="inspector__group">
      <legend>{t('members', { n: pool.members.length })}</legend>
      {pool.members.length === 0 && <p className="inspector__note">{t('noMembers')}</p>}
      <ul className="inspector__list">
        {pool.members.map((m, i) => {
          const name = memberVm(m);
          const vm = vms.find((v) => v.name === name);
          return (
            <li key={`${name}\u0000${i}`} className="inspector__member">
              <SelectField
                label={t('memberConfig', { name })}
                value={memberChoice(m, vm)}
                options={ipConfigOptions(vm, language)}
                onChange={(choice) => setMembers((ms) => ms.map((x, j) => (j === i ? memberFor(name, choice) : x)))}
              />
              <Button size="sm" onClick={() => setMembers((ms) => ms.filter((_, j) => j !== i))}>
                {t('remove', { name })}
              </Button>
            </li>
          );
        })}
      </ul>
      {addable.length > 0 && <AddMember names={addable.map((v) => v.name)} onAdd={(vm) => setMembers((ms) => [...ms, vm])} />}
    </fieldset>
  );
}

function AddMember({ names, onAdd }: { names: string[]; onAdd: (vm: string) => void }) {
  const t = useT(messages);
  const [choice, setChoice] = useState(names[0]!);
  const value = names.includes(choice) ? choice : names[0]!;
  return (
    <div className="inspector__add">
      <SelectField label={t('addVm')} value={value} options={names.map((n) => ({ value: n, label: n }))} onChange={setChoice} />
      <Button size="sm" onClick={() => onAdd(value)}>
        {t('addNamed', { name: value })}
      </Button>
    </div>
  );
}
