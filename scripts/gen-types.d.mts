/** Types of gen-types.mjs for the TypeScript test that imports it. */
export function renderKeyTypes(templates: { TEMPLATE_2021: { keys: readonly string[] }; TEMPLATE_2021_COMBINED: { keys: readonly string[] }; TEMPLATE_2019: { keys: readonly string[] } }): string;
