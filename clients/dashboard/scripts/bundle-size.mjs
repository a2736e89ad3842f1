// Prints the production bundle's gzipped size and fails above the budget (300 KB). Usage: node scripts/bundle-size.mjs <dir>
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";

const dir = process.argv[2] ?? "../../src/Api/wwwroot/dashboard";
const budget = 300 * 1024;
const files = [];
(function walk(d) {
    for (const name of readdirSync(d)) {
        const path = join(d, name);
        if (statSync(path).isDirectory()) walk(path); else files.push(path);
    }
})(dir);

let total = 0;
for (const file of files.sort()) {
    const size = gzipSync(readFileSync(file), { level: 9 }).length;
    total += size;
    console.log(`  ${relative(dir, file).padEnd(40)} ${(size / 1024).toFixed(1).padStart(7)} KB gzipped`);
}
console.log(`Dashboard bundle: ${(total / 1024).toFixed(1)} KB gzipped in ${files.length} files (budget ${budget / 1024} KB).`);
if (total >= budget) {
    console.error("The dashboard bundle is over its 300 KB gzipped budget.");
    process.exit(1);
}
