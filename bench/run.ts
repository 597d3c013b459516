import { benchBooks } from './books';
import { benchCli } from './cli';
import { benchExtracts } from './extracts';
import { benchHost } from './host';
import { benchImport } from './import';
import { benchRecueil } from './recueil';
import { benchRegister } from './register';
import { benchShared } from './shared';

// `npm run bench`: prints the figures; the targets are in each line, not asserted.
// `npm run bench -- interface` runs the interface's part only; `npm run bench -- partage` the shared
// register's; `npm run bench -- import` the import of 10 years.
const only = process.argv[2];
if (only === 'partage') {
  await benchShared();
  process.exit(0);
}
if (only === 'import') {
  benchImport();
  benchCli();
  process.exit(0);
}
if (only !== 'interface') {
  benchImport();
  benchCli();
  benchRegister();
  await benchExtracts();
  await benchRecueil();
  await benchBooks();
  await benchShared();
}
await benchHost();
