import { buildSchema, parse, type OperationDefinitionNode, type FragmentDefinitionNode, Kind } from 'graphql';
import { DEFAULT_LIST_SIZE, measureOperation } from './measureOperation';
import { jsonDepth } from './jsonDepth';

const schema = buildSchema(`
  type Query { schools(first: Int): [School!]!, school(id: ID!): School }
  type School { id: ID!, name: String!, neighbours(first: Int): [School!]! }
`);

function measure(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  return measureOperation(schema, operation, fragments, variables);
}

describe('measureOperation', () => {
  it('when lists are nested, then cost multiplies by each first (literal or variable)', () => {
    expect(measure('{ schools(first: 10) { id neighbours(first: 5) { id } } }')).toEqual({ depth: 3, aliases: 0, cost: 1 + 10 + 10 + 50 });
    expect(measure('query($n: Int) { schools(first: $n) { id } }', { n: 100 }).cost).toBe(101);
  });

  it('when a list has no first, then it counts as the default size', () => {
    expect(measure('{ schools { id } }').cost).toBe(1 + DEFAULT_LIST_SIZE);
  });

  it('when fragments and aliases are used, then they are expanded and counted', () => {
    const size = measure('{ a: school(id: "1") { ...F } b: school(id: "2") { ...F } } fragment F on School { id name }');
    expect(size).toEqual({ depth: 2, aliases: 2, cost: 6 });
  });

  it('when a query nests 50 levels, then the depth says 50', () => {
    const query = `{ school(id: "1") { ${'neighbours { '.repeat(48)}id${' }'.repeat(48)} } }`;
    expect(measure(query).depth).toBe(50);
  });
});

describe('jsonDepth', () => {
  it('when values nest, then the depth counts objects and arrays', () => {
    expect(jsonDepth(1)).toBe(0);
    expect(jsonDepth({ a: [1, { b: 2 }] })).toBe(3);
  });

  it('when a value nests 100,000 levels, then it is measured without overflowing the stack', () => {
    let value: unknown = 1;
    for (let i = 0; i < 100_000; i++) value = [value];
    expect(jsonDepth(value)).toBe(100_000);
    expect(jsonDepth(value, 12)).toBe(13);
  });
});
