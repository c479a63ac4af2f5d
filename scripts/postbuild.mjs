// Post-build steps, in order. Each step throws with a clear message; a failed step removes dist/.
console.log('postbuild: nothing yet');
