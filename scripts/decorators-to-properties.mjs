// Rollup plugin for the built files: turns the `@property()` and `@state()` decorators that
// TypeScript compiles to `__decorate([property({…})], X.prototype, "name", void 0);` into one
// `X.properties = { name: {…} }` per class, Lit's own declaration without decorators.
//
// Lit reads `properties` when the class is finalized (at `customElements.define`, after the module
// has run) and calls the same `createProperty(name, options)` the decorators call, so the element
// behaves the same; `state: true` makes Lit set `attribute: false` as `state()` does. The built
// files lose the decorator helpers and about 20 bytes a property. Sources, tests, the manifest and
// lit-analyzer keep the decorators (STYLE.md).
//
// Runs after the TypeScript plugin, on its output. A decorated statement of any other shape (an
// accessor, several decorators on one member, a class that declares `properties` itself) is left
// as it is, so the worst case is a missed saving, never a changed element.

const identifier = /^[A-Za-z_$][\w$]*$/;

/** `__decorate([property(…)], X.prototype, "name", void 0)` as { className, name, decorator, args }. */
function decoratedField(statement, code) {
  const call = statement.type === 'ExpressionStatement' ? statement.expression : undefined;
  if (call?.type !== 'CallExpression' || call.callee.type !== 'Identifier' || !/^_*decorate$/.test(call.callee.name)) return undefined;
  const [list, target, key, descriptor] = call.arguments;
  if (list?.type !== 'ArrayExpression' || list.elements.length !== 1) return undefined;
  const decorator = list.elements[0];
  if (decorator?.type !== 'CallExpression' || decorator.callee.type !== 'Identifier' || decorator.arguments.length > 1) return undefined;
  if (!/^(property|state)$/.test(decorator.callee.name)) return undefined;
  if (target?.type !== 'MemberExpression' || target.object.type !== 'Identifier' || target.property.name !== 'prototype') return undefined;
  if (key?.type !== 'Literal' || typeof key.value !== 'string') return undefined;
  if (descriptor?.type !== 'UnaryExpression' || descriptor.operator !== 'void') return undefined;
  const [options] = decorator.arguments;
  return {
    className: target.object.name,
    name: key.value,
    state: decorator.callee.name === 'state',
    options: options ? code.slice(options.start, options.end) : undefined,
  };
}

/** Names of the variables the given syntax trees refer to (not object keys, nor `x.name`). */
function identifiersIn(nodes, names = new Set()) {
  for (const node of nodes) {
    if (!node || typeof node.type !== 'string') continue;
    if (node.type === 'Identifier') names.add(node.name);
    const nameOnly = node.computed ? undefined : node.type === 'MemberExpression' ? node.property : /^(Property|MethodDefinition|PropertyDefinition)$/.test(node.type) ? node.key : undefined;
    for (const value of Object.values(node)) {
      if (value === nameOnly) continue;
      if (Array.isArray(value)) identifiersIn(value, names);
      else if (value && typeof value.type === 'string') identifiersIn([value], names);
    }
  }
  return names;
}

function declaration({ name, state, options }) {
  const key = identifier.test(name) ? name : JSON.stringify(name);
  const value = state ? (options ? `{ ...${options}, state: true }` : '{ state: true }') : (options ?? 'void 0');
  return `${key}: ${value}`;
}

export function decoratorsToProperties() {
  return {
    name: 'mhm-decorators-to-properties',
    transform(code, id) {
      if (!/\b_*decorate\(/.test(code) || /[\\/]node_modules[\\/]/.test(id)) {
        return null;
      }
      const fields = [];
      const program = this.parse(code);
      for (const statement of program.body) {
        const field = decoratedField(statement, code);
        if (field) fields.push({ ...field, start: statement.start, end: statement.end });
      }
      const byClass = new Map();
      for (const field of fields) byClass.set(field.className, [...(byClass.get(field.className) ?? []), field]);
      for (const className of byClass.keys()) {
        // A class with its own `properties` keeps its decorators: one assignment would hide the other.
        if (new RegExp(`\\b${className}\\.properties\\b|static\\s+(get\\s+)?properties\\b`).test(code)) byClass.delete(className);
      }
      if (byClass.size === 0) {
        return null;
      }
      const edits = [];
      for (const [className, list] of byClass) {
        list.forEach((field, index) => {
          const last = index === list.length - 1;
          const text = last ? `${className}.properties = { ${list.map(declaration).join(', ')} };` : '';
          edits.push([field.start, field.end, text]);
        });
      }
      const apply = (text, list) =>
        list.sort((a, b) => b[0] - a[0]).reduce((out, [from, to, insert]) => out.slice(0, from) + insert + out.slice(to), text);
      const result = apply(code, edits);
      // The decorators' and their helper's imports go once nothing uses them: a bare import would keep
      // the module (lit/decorators.js in the npm build, tslib's top-level code in every build).
      const after = this.parse(result);
      const used = identifiersIn(after.body.filter((statement) => statement.type !== 'ImportDeclaration'));
      const importEdits = [];
      for (const statement of after.body) {
        const source = statement.type === 'ImportDeclaration' && statement.source.value;
        if (source !== 'lit/decorators.js' && source !== 'tslib') continue;
        const kept = statement.specifiers.filter((specifier) => used.has(specifier.local.name));
        if (kept.length < statement.specifiers.length) {
          const names = kept.map((specifier) => result.slice(specifier.start, specifier.end));
          importEdits.push([statement.start, statement.end, names.length ? `import { ${names.join(', ')} } from '${source}';` : '']);
        }
      }
      return { code: apply(result, importEdits), map: null };
    },
  };
}
