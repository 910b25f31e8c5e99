/**
 * Environment of the benchmarked server. Rate limits stay on — their request hook is part of the cost
 * measured — but far above the load, which comes from one address (127.0.0.1).
 */
export const BENCH_ENV = {
  NODE_ENV: 'development',
  RATE_LIMIT_ANONYMOUS_GRAPHQL: '1000000000',
  RATE_LIMIT_PUBLIC: '1000000000',
  RATE_LIMIT_PORTAL: '1000000000',
  RATE_LIMIT_TOKEN: '1000000000',
  RATE_LIMIT_LOGIN_FAILURES_PER_ADDRESS: '1000000',
  RATE_LIMIT_LOGIN_FAILURES_PER_USERNAME: '1000000',
};
