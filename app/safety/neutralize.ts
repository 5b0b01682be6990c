// Fake chat markup made inert. The characters stay readable (a shopper's "<system>" is still
// visibly there), but angle brackets become look-alike guillemets, so nothing downstream can
// parse them as a role boundary, a chat-template token or the end of a data fence.

const TEMPLATE_TOKEN = /<\|([^|<>\n]{0,40})\|>/gu;
const INST_TAG = /\[(\/?)(inst)\]/giu;
const SYS_TAG = /<<(\/?)(sys)>>/giu;
const ROLE_TAG = /<(\/?)\s*(system|assistant|user|human|developer|instructions?|sys|prompt|context|tool_result|tool_use|tool|function_results?|admin|operator|document|untrusted[\w-]*|data|s)(\s[^<>\n]{0,200})?>/giu;
const FENCE_RUN = /<{3,}|>{3,}/gu;

export function neutralizeMarkup(text: string): string {
  return text
    .replace(TEMPLATE_TOKEN, '‹|$1|›')
    .replace(INST_TAG, '($1$2)')
    .replace(SYS_TAG, '‹‹$1$2››')
    .replace(ROLE_TAG, (_m, slash: string, name: string, rest: string | undefined) => `‹${slash}${name}${rest ?? ''}›`)
    .replace(FENCE_RUN, (run) => (run.startsWith('<') ? '‹' : '›').repeat(run.length));
}
