import { expect } from '@open-wc/testing';
import { readJson } from '../../src/internal/json.js';

describe('JSON reader', () => {
  it('reads valid author data', () => {
    const result = readJson<{ questions: unknown[] }>('{"questions":[{"prompt":"Why?"}]}');
    expect(result.ok && result.value.questions).to.deep.equal([{ prompt: 'Why?' }]);
  });

  it('says on which line and column the JSON broke', () => {
    const result = readJson('{\n  "questions": [\n    {"prompt": "Why?",}\n  ]\n}');
    expect(result.ok).to.be.false;
    if (!result.ok) {
      expect(result.line).to.equal(3);
      expect(result.column).to.be.a('number');
      expect(result.message).to.match(/^the JSON is not valid at line 3, column \d+: /);
    }
  });

  it('reports unfinished JSON at its end', () => {
    const result = readJson('{"questions": [');
    expect(result.ok).to.be.false;
    expect(!result.ok && result.line).to.equal(1);
  });

  it('reports empty input without throwing', () => {
    for (const text of ['', '   ', null, undefined]) {
      expect(readJson(text)).to.deep.equal({ ok: false, message: 'the JSON is empty' });
    }
  });

  it('drops __proto__, constructor and prototype keys at every depth, and pollutes nothing', () => {
    const result = readJson<Record<string, unknown>>(
      '{"__proto__":{"polluted":1},"a":{"constructor":{"prototype":{"polluted":2}},"prototype":3,"b":1}}',
    );
    expect(result.ok).to.be.true;
    if (result.ok) {
      const merged = Object.assign({}, result.value, structuredClone(result.value));
      expect(Object.keys(result.value)).to.deep.equal(['a']);
      expect(result.value.a).to.deep.equal({ b: 1 });
      expect(result.droppedKeys).to.have.members(['__proto__', 'constructor', 'prototype']);
      expect((merged as { polluted?: unknown }).polluted).to.be.undefined;
      expect(({} as { polluted?: unknown }).polluted).to.be.undefined;
    }
  });
});
