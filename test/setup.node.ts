// Setup for the node project (framework-free core and msw tests): only the console guard. No DOM is set up,
// which both proves core needs none and saves jsdom's start-up cost per file.
import { installConsoleGuard } from './consoleGuard.js';

installConsoleGuard();
