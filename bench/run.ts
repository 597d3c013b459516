import { benchBooks } from './books';
import { benchCli } from './cli';
import { benchExtracts } from './extracts';
import { benchHost } from './host';
import { benchImport } from './import';
import { benchRecueil } from './recueil';
import { benchRegister } from './register';
import { benchShared } from './shared';
import { benchYardstick } from './yardstick';

// `npm run bench`: prints the figures; the targets are in each line, not asserted.
// `npm run bench -- interface` runs the interface's part only; `npm run bench -- partage` the shared
// register's; `npm run bench -- import` the import of 10 years.
const only = process.argv[2];
benchYardstick('avant');
if (only === 'partage') {
  await benchShared();
} else if (only === 'import') {
  benchImport();
  benchCli();
} else {
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
}
benchYardstick('après');
process.exit(0);
