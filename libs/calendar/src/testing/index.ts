// Builders for tests in other projects.
export {};
