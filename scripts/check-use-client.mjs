// React modules must start with 'use client' (so a Server Component can import the package root and
// still call toProblem); core/ and msw/ must not, and neither may the root barrel. Checked on src/ and
// on the built dist/ (Vite keeps the directive per preserved module; this proves it).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const clientFolders = ['react', 'components', 'query', 'react-hook-form', 'tanstack-form', 'react-aria'];
const serverFolders = ['core', 'msw'];
const directive = /^(['"])use client\1;?/;
const problems = [];

function walk(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

for (const folder of clientFolders) {
  for (const file of walk(path.join('src', folder))) {
    if (!/\.tsx?$/.test(file) || file.endsWith('index.ts')) continue;
    const source = readFileSync(file, 'utf8');
    // Only modules that use React at run time need the directive; pure helpers in these folders, and modules
    // that import only types from React or TanStack, do not (a type import is erased from the build).
    const runtimeImport =
      /^import (?!type\b)[^;]*from ['"](react|react-dom|@tanstack\/react-query|react-hook-form|@tanstack\/react-form)['"]/m;
    if (!runtimeImport.test(source)) continue;
    if (!directive.test(source)) problems.push(`${file} uses React but does not start with 'use client'`);
    const built = file.replace(/^src/, 'dist').replace(/\.tsx?$/, '.js');
    if (existsSync(built) && !directive.test(readFileSync(built, 'utf8').trimStart())) {
      problems.push(`${built} lost its 'use client' directive in the build`);
    }
  }
}
for (const file of [...serverFolders.flatMap((f) => walk(path.join('src', f))), 'src/index.ts']) {
  if (existsSync(file) && directive.test(readFileSync(file, 'utf8').trimStart())) {
    problems.push(`${file} must not be a client module`);
  }
}
for (const file of [...serverFolders.flatMap((f) => walk(path.join('dist', f))), 'dist/index.js']) {
  if (file.endsWith('.js') && existsSync(file) && directive.test(readFileSync(file, 'utf8').trimStart())) {
    problems.push(`${file} must not be a client module`);
  }
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log("'use client' directives: ok");
