import { boundHeapGrowth } from '../heap-growth';
import { runCli } from './main';

boundHeapGrowth();
process.exitCode = await runCli(process.argv.slice(2));
