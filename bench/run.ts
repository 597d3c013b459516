import { benchExtracts } from './extracts';
import { benchRegister } from './register';

// `npm run bench`: prints the figures; the targets are in each line, not asserted.
benchRegister();
await benchExtracts();
