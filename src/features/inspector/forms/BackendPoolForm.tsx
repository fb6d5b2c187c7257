import type { BackendPool } from '../../../core/topology/schema';
import { FrontendIpHolderField } from './FrontendIpHolderField';
import { NameField } from './NameField';
import { PoolMembers } from './PoolMembers';

/** Edits a backend pool: its name, members and who holds the frontend IP in their guests. */
export function BackendPoolForm({ pool }: { pool: BackendPool }) {
  return (
    <>
      <NameField kind="backendPool" name={pool.name} />
      <PoolMembers pool={pool} />
      <FrontendIpHolderField pool={pool} />
    </>
  );
}
