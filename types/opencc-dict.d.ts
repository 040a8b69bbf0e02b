/** OpenCC dictionaries: `from to|from to|…` pairs, shipped as ES modules by opencc-js. */
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
