// npm run schema: writes schema/topology.v2.schema.json and topology.v1.schema.json from the valibot schemas the loader uses.
import { writeFileSync } from 'node:fs';
import { schemaFiles } from './jsonSchema';

for (const { path, text } of schemaFiles()) {
  writeFileSync(new URL(`../${path}`, import.meta.url), text);
  console.log(`wrote ${path}`);
}
