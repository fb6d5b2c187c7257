import type { BackendPool } from '../../../core/topology/schema';
import { NameField } from './NameField';
import { PoolMembers } from './PoolMembers';

/** Edits a backend pool: its name and members. */
export function BackendPoolForm({ pool }: { pool: BackendPool }) {
  return (
    <>
      <NameField kind="backendPool" name={pool.name} />
      <PoolMembers pool={pool} />
    </>
  );
}
