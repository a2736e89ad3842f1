// Validates an OpenAPI document against the OpenAPI 3.0 schema (structure, $refs, duplicate operation ids).
// Usage: node scripts/validate-openapi.mjs <path>. Exit code 1 when invalid.
import SwaggerParser from "@apidevtools/swagger-parser";

const path = process.argv[2];
if (!path) {
    console.error("usage: node scripts/validate-openapi.mjs <openapi.json>");
    process.exit(2);
}

try {
    const api = await SwaggerParser.validate(path);
    if (!/^3\.0\.\d+$/.test(api.openapi ?? "")) {
        throw new Error(`expected an OpenAPI 3.0.x document, found "${api.openapi ?? api.swagger}"`);
    }
    const operations = Object.values(api.paths ?? {}).flatMap((item) => Object.keys(item)).length;
    console.log(`${path}: valid OpenAPI ${api.openapi} (${Object.keys(api.paths ?? {}).length} paths, ${operations} operations)`);
} catch (error) {
    console.error(`${path}: NOT a valid OpenAPI 3.0 document: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
}
