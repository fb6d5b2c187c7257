// npm run schema: writes schema/topology.v1.schema.json from the valibot schema the loader uses.
import { writeFileSync } from 'node:fs';
import { schemaFileText } from './jsonSchema';

writeFileSync(new URL('../schema/topology.v1.schema.json', import.meta.url), schemaFileText());
console.log('wrote schema/topology.v1.schema.json');
