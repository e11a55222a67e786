/**
 * Card fees: money and rates as integers (`money`), the fee of a transaction and of a month
 * under an offer (`calculate`), the regulatory ceilings read from the published rules (`rules`,
 * `ceilings`), the tools' forms and query strings (`forms`, `urls`), the comparison's words and
 * chart, and the worked examples the tool pages show. Pure functions, shared by the pages at build
 * time and the tools' scripts in the browser (which import the modules themselves).
 */
export * from './money';
export * from './calculate';
export * from './rules';
export * from './ceilings';
export * from './forms';
export * from './chart';
export * from './compare-view';
export * from './urls';
export * from './worked-examples';
