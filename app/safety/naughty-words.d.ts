// naughty-words ships JSON lists keyed by language code, without type declarations.
declare module 'naughty-words' {
  const lists: Record<string, string[]>;
  export default lists;
}
