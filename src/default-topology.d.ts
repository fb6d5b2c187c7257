// Provided by the embedDefaultTopology plugin in vite.config.ts: public/examples/type2-floating-ip.json, parsed.
declare module 'virtual:floatplan/default-topology' {
  const document: unknown;
  export default document;
}
