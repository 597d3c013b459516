import { benchBooks } from './books';
import { benchExtracts } from './extracts';
import { benchHost } from './host';
import { benchImport } from './import';
import { benchRecueil } from './recueil';
import { benchRegister } from './register';

// `npm run bench`: prints the figures; the targets are in each line, not asserted.
// `npm run bench -- interface` runs the interface's part only.
const only = process.argv[2];
if (only !== 'interface') {
  benchImport();
  benchRegister();
  await benchExtracts();
  await benchRecueil();
  await benchBooks();
}
await benchHost();
