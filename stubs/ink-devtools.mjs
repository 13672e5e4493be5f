// Stands in for ink/build/devtools.js in the bundle: Ink loads its React devtools bridge only
// when DEV=true, and kms-doctor ships without it (and without the `ws` library it needs).
export {};
