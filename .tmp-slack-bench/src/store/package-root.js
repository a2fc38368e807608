import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
let cached = null;
/**
 * The folder holding normbot's package.json, found by walking up from this file: the same answer
 * from src/ (tests, tsx) and from dist/src/ (the built CLI), whatever the working directory.
 */
export function packageRoot() {
    if (cached)
        return cached;
    let dir = path.dirname(fileURLToPath(import.meta.url));
    for (;;) {
        const manifest = path.join(dir, 'package.json');
        if (fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, 'utf8')).name === 'normbot') {
            cached = dir;
            return dir;
        }
        const parent = path.dirname(dir);
        if (parent === dir)
            throw new Error('cannot find the normbot package root above ' + fileURLToPath(import.meta.url));
        dir = parent;
    }
}
//# sourceMappingURL=package-root.js.map