/**
 * Module hooks shared by the tests that replace one of dist/'s modules by its file: bin/ runs the
 * bundle (scripts/bundle.mjs), whose few files hold every module, so these runs use tsc's own files.
 */
export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context);
  return resolved.url.endsWith('/dist/bundle/cli.js') ? { ...resolved, url: resolved.url.replace(/\/dist\/bundle\/cli\.js$/, '/dist/cli.js') } : resolved;
}
