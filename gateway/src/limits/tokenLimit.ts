import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens';
import type { RequestHandler } from 'express';
import { queryTooComplexBody } from './queryTooComplex';

/**
 * Refuses a query of more than `maxTokens` tokens before Apollo sees it, with GraphQL Armor's
 * parser, which stops at the first token over the limit: a 1 MB query costs no more than a small one.
 * It runs as express middleware (after the JSON body is read) because Apollo Server turns an error
 * thrown from a plugin's parse hooks into a 500; everything after it (graphql-js validation, which is
 * quadratic in repeated fields, Armor's rules, query planning) only ever sees bounded documents.
 * Other syntax errors are left to Apollo, which reports them with their location.
 */
export function tokenLimit(maxTokens: number): RequestHandler {
  return (req, res, next) => {
    const query: unknown = req.method === 'GET' ? req.query.query : req.body?.query;
    if (typeof query !== 'string') return next();
    const parser = new MaxTokensParserWLexer(query, { n: maxTokens });
    try {
      parser.parseDocument();
    } catch {
      if (parser.tokenCount > maxTokens) {
        res.status(400).json(queryTooComplexBody(`The query is too complex: it has more than ${maxTokens} tokens (the limit).`, 'maxTokens', maxTokens));
        return;
      }
    }
    next();
  };
}
