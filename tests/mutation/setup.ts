// Loaded only by mutation runs (vitest.mutation.config.ts). A mutant is caught as soon as one
// generated case fails; fast-check's shrinking to the smallest failing case helps a person read a
// failure, not Stryker, and on a broken loop or parser it can run past the mutant's timeout, each
// of which costs a restart of the test worker (about a minute here).
import fc from 'fast-check';

fc.configureGlobal({ ...fc.readConfigureGlobal(), endOnFailure: true });
