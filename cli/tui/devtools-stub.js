// Stands in for react-devtools-core in the bundled trainer: Ink only loads it when DEV=true, and it is not installed.
export default { initialize() {}, connectToDevTools() {} };
