// Ink 6.8 imports react-devtools-core in a way bundlers cannot drop (vadimdemedes/ink#886).
// The devtools are only used when DEV=true; this stub keeps the bundle self-contained.
export default { connectToDevTools() {}, initialize() {} };
