import { strict as assert } from 'node:assert';
import {
  evaluateExpression as ev,
  ExpressionError,
  validateExpression,
} from '../../../../engine/core/expressions/index.ts';

const refused = (err: unknown) => err instanceof ExpressionError && err.code === 'EXPRESSION_INVALID';

describe('expressions reach nothing but the variables', () => {
  class Account {
    secret = 'class instances are not data';
    balance() {
      return 1;
    }
  }
  const vars: Record<string, unknown> = {
    customer: { name: 'Ada' },
    list: [1],
    account: new Account(),
    fn: () => 'called',
    when: new Date(0),
  };

  it('refuses constructors, prototypes and calls, at parse time where it can', () => {
    for (const src of [
      "${constructor.constructor('return process')()}",
      '${__proto__}',
      '${customer.constructor}',
      '${customer.__proto__.polluted}',
      '${list.prototype}',
      "${customer['constructor']}",
      '${customer.name.toUpperCase()}',
      '${fn()}',
    ]) {
      assert.throws(() => ev(src, vars), refused, src);
      assert.ok(validateExpression(src), `${src} should fail validation`);
    }
  });

  it('refuses computed keys that spell a forbidden name, when they are evaluated', () => {
    const src = "${customer['__pro' + 'to__']}";
    assert.equal(validateExpression(src), null);
    assert.throws(
      () => ev(src, vars),
      (err: any) => refused(err) && err.position === 19 && /"__proto__" is not accessible/.test(err.message),
    );
  });

  it('says plainly that calls are not supported', () => {
    assert.throws(() => ev('${x.foo()}', {}), /function and method calls are not supported at position 7/);
  });

  it('reads no globals and no inherited members', () => {
    assert.equal(ev('${process.env}', vars), undefined);
    assert.equal(ev('${process}', vars), undefined);
    assert.equal(ev('${globalThis}', vars), undefined);
    assert.equal(ev('${toString}', vars), undefined);
    assert.equal(ev('${customer.hasOwnProperty}', vars), undefined);
    assert.equal(ev('${list.map}', vars), undefined);
    assert.equal(ev('${customer.name.length}', vars), undefined);
  });

  it('reads no functions and nothing inside class instances', () => {
    assert.equal(ev('${fn}', vars), undefined);
    assert.equal(ev('${account.secret}', vars), undefined);
    assert.equal(ev('${account.balance}', vars), undefined);
    assert.ok(ev('${account}', vars) instanceof Account, 'the value itself may be passed on');
  });

  it('never lets an object coerce itself through toString or valueOf', () => {
    const tricky = { obj: { toString: 'not callable', valueOf: 'neither' } };
    assert.equal(ev("${obj == 'x'}", tricky), false);
    assert.throws(
      () => ev('${obj + 1}', tricky),
      (err: any) => refused(err) && /an object is not a number at position 6/.test(err.message),
    );
    assert.throws(() => ev('${obj < 1}', tricky), /no order/);
    assert.equal(ev('x ${obj}', tricky), 'x {"toString":"not callable","valueOf":"neither"}');
  });

  it('leaves Object.prototype alone', () => {
    for (const src of ['${__proto__.polluted}', "${customer['__proto__']}"]) assert.throws(() => ev(src, vars));
    assert.equal(({} as any).polluted, undefined);
  });

  it('gives FEEL data only: functions and class instances in the variables are invisible', () => {
    assert.equal(ev('=fn()', vars), null);
    assert.equal(ev('=fn', vars), null);
    assert.equal(ev('=account.secret', vars), null);
    assert.equal(ev('=customer.name', vars), 'Ada');
    assert.equal(ev('=x.constructor', { x: {} }), null);
    assert.equal(ev('=nested.list[1].f()', { nested: { list: [{ f: () => 1 }] } }), null);
    assert.equal(typeof vars.fn, 'function', 'the variables themselves are not changed');
    const fromJson = JSON.parse('{"__proto__": {"name": "inherited?", "f": null}, "own": 1}');
    fromJson.__proto__.f = () => 1;
    assert.equal(ev('=data.name', { data: fromJson }), null);
    assert.equal(ev('=data.own', { data: fromJson }), 1);
  });

  it('refuses expressions nested or chained deeper than any real one, instead of overflowing the stack', () => {
    const tooDeep = (err: any) => refused(err) && /nested too deeply/.test(err.message);
    const n = 1000;
    assert.throws(() => ev('${' + '('.repeat(n) + '1' + ')'.repeat(n) + '}', vars), tooDeep);
    assert.throws(() => ev('${' + '!'.repeat(n) + 'a}', vars), tooDeep);
    assert.throws(() => ev('${' + Array(n).fill('a').join(' + ') + '}', vars), tooDeep);
    assert.throws(() => ev('${a' + '.b'.repeat(n) + '}', vars), tooDeep);
    assert.equal(
      ev('${' + Array(150).fill('missing').join(' || ') + '}', vars),
      false,
      'long but realistic chains are fine',
    );
  });

  it('refuses expression bodies longer than 10,000 characters, but not long text around them', () => {
    assert.throws(
      () => ev('${' + 'a'.repeat(10_001) + '}', vars),
      (err: any) => refused(err) && /longer than 10000 characters/.test(err.message) && err.position === 2,
    );
    assert.throws(() => ev('=' + '1+'.repeat(6000) + '1', vars), /longer than 10000 characters/);
    assert.equal(ev('Dear ${customer.name},' + ' text'.repeat(5000), vars), 'Dear Ada,' + ' text'.repeat(5000));
  });
});
