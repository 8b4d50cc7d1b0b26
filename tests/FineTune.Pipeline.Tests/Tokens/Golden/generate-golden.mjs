// Generates the golden token counts used by the Tokens tests, with OpenAI's tiktoken as the reference.
//
// How to rerun (from the repository root; node_modules stays outside the repository):
//   mkdir -p /tmp/tikgold && (cd /tmp/tikgold && npm init -y >/dev/null && npm install tiktoken@1.0.22)
//   NODE_PATH=/tmp/tikgold/node_modules node tests/FineTune.Pipeline.Tests/Tokens/Golden/generate-golden.mjs
//
// Writes, next to this script:
//   golden.json         curated texts:   [{id, text, o200k_base, cl100k_base}]
//   golden-random.json  seeded random mixes of scripts, marks, emoji, whitespace and digits (same shape)
//   golden-chat.json    message lists and tool definitions counted with the OpenAI cookbook formulas
//                       (How_to_count_tokens_with_tiktoken.ipynb: num_tokens_from_messages, num_tokens_for_tools)
// Counts use encode_ordinary: special-token strings such as <|endoftext|> are ordinary text.
// Non-ASCII characters are written as \uXXXX escapes so that no editor or checkout can alter them.

import { createRequire } from "node:module";
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const { get_encoding } = require("tiktoken");

const here = dirname(fileURLToPath(import.meta.url));
const encodings = { o200k_base: get_encoding("o200k_base"), cl100k_base: get_encoding("cl100k_base") };
const count = (name, text) => encodings[name].encode_ordinary(text).length;

// ---------------------------------------------------------------------------------------------
// Curated corpus
// ---------------------------------------------------------------------------------------------
const repeat = (s, n) => s.repeat(n);
const curated = [
  ["empty", ""],
  ["single-letter", "a"],
  ["single-space", " "],
  ["english-sentence", "The quick brown fox jumps over the lazy dog."],
  ["english-prose", "It was the best of times, it was the worst of times, it was the age of wisdom, it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity, it was the season of Light, it was the season of Darkness."],
  ["english-contractions", "I'm sure you'll see they've done what we'd've expected; it's John's, isn't it? DON'T, WON'T, I'LL, She'S, we'Re"],
  ["contractions-edge", "'s 't 're 've 'm 'll 'd ''s x's X'S a'b 'S 'LL rock'n'roll"],
  ["long-s-contraction", "it\u2019s not it's; it'\u017f (long s) and K\u212a kelvin"],
  ["long-s-before-letters", "rock'\u017folid it'\u017felf don'\u017fay WE'\u017fEE x'\u017f'\u017f"],
  ["uppercase-runs", "NASA and the FBI met HTTPServer; XMLHttpRequest; camelCaseWords; PascalCaseName; iPhone; McDonald's"],
  ["titlecase-digraphs", "\u01c5ungla \u01c8ubljana \u01cbovi and \u01c4 \u01c6"],
  ["modifier-letters", "\u02b0\u02b1 a\u02b2b \u30fc\u30fc \u3005 \u02bcokina"],
  ["python-code", "def fibonacci(n: int) -> int:\n    \"\"\"Return the n-th Fibonacci number.\"\"\"\n    a, b = 0, 1\n    for _ in range(n):\n        a, b = b, a + b\n    return a\n\n\nif __name__ == \"__main__\":\n    print([fibonacci(i) for i in range(20)])\n"],
  ["csharp-code", "namespace Demo;\n\npublic sealed class Greeter\n{\n    private readonly string _name;\n\n    public Greeter(string name) => _name = name;\n\n    public string Greet() => $\"Hello, {_name}!\";\n}\n"],
  ["javascript-code", "const sum = (xs) => xs.reduce((a, b) => a + b, 0);\n// comment: sum of squares\nexport function squares(n) {\n\treturn Array.from({ length: n }, (_, i) => i ** 2);\n}\n"],
  ["rust-code", "fn main() {\n    let v: Vec<u32> = (1..=10).filter(|x| x % 2 == 0).collect();\n    println!(\"{:?}\", v);\n}\n"],
  ["sql-code", "SELECT u.id, COUNT(*) AS n\nFROM users u\nJOIN orders o ON o.user_id = u.id\nWHERE o.created_at >= '2024-01-01'\nGROUP BY u.id\nHAVING COUNT(*) > 3;\n"],
  ["go-code", "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tch := make(chan int, 3)\n\tgo func() { ch <- 42 }()\n\tfmt.Println(<-ch)\n}\n"],
  ["html", "<!DOCTYPE html>\n<html lang=\"en\">\n  <head><meta charset=\"utf-8\"><title>Test &amp; demo</title></head>\n  <body><p class=\"x\">Hello&nbsp;world</p></body>\n</html>"],
  ["regex-and-paths", "C:\\Users\\me\\file.txt /usr/local/bin/dotnet ^(?:[a-z0-9!#$%&'*+/=?^_`{|}~-]+)$ ../../src//x///y"],
  ["chinese", "\u4eca\u5929\u5929\u6c14\u5f88\u597d\uff0c\u6211\u4eec\u53bb\u516c\u56ed\u6563\u6b65\u5427\u3002\u4eba\u5de5\u667a\u80fd\u6b63\u5728\u6539\u53d8\u4e16\u754c\u3002"],
  ["japanese", "\u304a\u8a95\u751f\u65e5\u304a\u3081\u3067\u3068\u3046\u3054\u3056\u3044\u307e\u3059\uff01\u30ab\u30bf\u30ab\u30ca\u3068\u3072\u3089\u304c\u306a\u3001\u6f22\u5b57\u3002"],
  ["korean", "\uc548\ub155\ud558\uc138\uc694, \ub9cc\ub098\uc11c \ubc18\uac11\uc2b5\ub2c8\ub2e4. \ud55c\uad6d\uc5b4 \ud14d\uc2a4\ud2b8\uc785\ub2c8\ub2e4."],
  ["cyrillic", "\u0421\u044a\u0435\u0448\u044c \u0436\u0435 \u0435\u0449\u0451 \u044d\u0442\u0438\u0445 \u043c\u044f\u0433\u043a\u0438\u0445 \u0444\u0440\u0430\u043d\u0446\u0443\u0437\u0441\u043a\u0438\u0445 \u0431\u0443\u043b\u043e\u043a, \u0434\u0430 \u0432\u044b\u043f\u0435\u0439 \u0447\u0430\u044e. \u041c\u041e\u0421\u041a\u0412\u0410 \u041f\u0440\u0438\u0432\u0435\u0442"],
  ["arabic", "\u0645\u0631\u062d\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645! \u0627\u0644\u0644\u063a\u0629 \u0627\u0644\u0639\u0631\u0628\u064a\u0629 \u062c\u0645\u064a\u0644\u0629\u060c \u0648\u064e\u0627\u0644\u0652\u0643\u0650\u062a\u064e\u0627\u0628\u064f \u0661\u0662\u0663"],
  ["hebrew", "\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd, \u05d6\u05d4 \u05d8\u05e7\u05e1\u05d8 \u05d1\u05e2\u05d1\u05e8\u05d9\u05ea."],
  ["greek", "\u039a\u03b1\u03bb\u03b7\u03bc\u03ad\u03c1\u03b1 \u03ba\u03cc\u03c3\u03bc\u03b5! \u0391\u0398\u0397\u039d\u0391 \u03c3\u03bf\u03c6\u03af\u03b1."],
  ["devanagari", "\u0928\u092e\u0938\u094d\u0924\u0947 \u0926\u0941\u0928\u093f\u092f\u093e, \u092f\u0939 \u0939\u093f\u0928\u094d\u0926\u0940 \u092e\u0947\u0902 \u0939\u0948\u0964 \u0967\u0968\u0969"],
  ["thai", "\u0e2a\u0e27\u0e31\u0e2a\u0e14\u0e35\u0e04\u0e23\u0e31\u0e1a \u0e20\u0e32\u0e29\u0e32\u0e44\u0e17\u0e22\u0e44\u0e21\u0e48\u0e21\u0e35\u0e0a\u0e48\u0e2d\u0e07\u0e27\u0e48\u0e32\u0e07"],
  ["combining-marks", "e\u0301te\u0301 cafe\u0301 n\u0303 a\u0308\u0308\u0308 \u0301start .\u0301 Z\u0351\u0352\u0353algo \u0300\u0301\u0302"],
  ["accented-latin", "na\u00efve fa\u00e7ade cr\u00e8me br\u00fbl\u00e9e \u00c5ngstr\u00f6m Stra\u00dfe \u00c6sir \u0152uvre \u0141\u00f3d\u017a"],
  ["emoji-simple", "I love pizza \ud83c\udf55\ud83c\udf55\ud83c\udf55 and cats \ud83d\udc31! \ud83d\ude00\ud83d\ude03\ud83d\ude04"],
  ["emoji-zwj", "Family: \ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67\u200d\ud83d\udc66 Couple: \ud83d\udc69\u200d\u2764\ufe0f\u200d\ud83d\udc68 Pirate: \ud83c\udff4\u200d\u2620\ufe0f Tech: \ud83e\uddd1\u200d\ud83d\udcbb"],
  ["emoji-skin-tones", "\ud83d\udc4d\ud83c\udffb\ud83d\udc4d\ud83c\udffc\ud83d\udc4d\ud83c\udffd\ud83d\udc4d\ud83c\udffe\ud83d\udc4d\ud83c\udfff \ud83d\udc4b\ud83c\udffd hi"],
  ["emoji-flags-keycaps", "\ud83c\uddfa\ud83c\uddf8\ud83c\uddeb\ud83c\uddf7\ud83c\uddef\ud83c\uddf5 1\ufe0f\u20e3 #\ufe0f\u20e3 \u2764\ufe0f \u263a\ufe0e"],
  ["emoji-then-letters", "\ud83d\ude00abc \ud83d\ude00ABC \ud83d\ude00Abc x\ud83d\ude00y \ud83d\udc4dgood"],
  ["astral-letters", "\ud835\udc00\ud835\udc01\ud835\udc02 \ud835\udcb6\ud835\udcb7 \ud840\udc00\ud840\udc01 \ud835\udfd8\ud835\udfd9\ud835\udfda math \ud835\udc00bc"],
  ["spaces-run", "a" + repeat(" ", 40) + "b"],
  ["trailing-spaces", "end with spaces     "],
  ["leading-spaces", "      start with spaces"],
  ["tabs-newlines", "col1\tcol2\t\tcol3\n\n\n\t\t\tindented\r\n\r\nwindows\r\rmac\n \n \n"],
  ["whitespace-only", " \t \n \r\n  \u00a0 \u3000 \u2028 \u2029 \u200b "],
  ["newline-runs", repeat("\n", 30) + "x" + repeat("\r\n", 10) + "y" + repeat(" \n", 7)],
  ["unicode-spaces", "a\u00a0b\u2002c\u2003d\u2009e\u202ff\u205fg\u3000h\u1680i\u0085j\u000bk\u000cl"],
  ["numbers", "0 1 12 123 1234 12345 123456 1234567 3.14159 -42 1e10 1,000,000 0x1F 2024-06-30 12:34:56"],
  ["number-runs", "1234567890123456789012345678901234567890 \uff11\uff12\uff13\uff14 \u2160\u2161\u216b \u00b2\u00b3\u00b9 \u0661\u0662\u0663\u0664 \u0967\u0968\u0969\u096a"],
  ["long-repeated-a", repeat("a", 3000)],
  ["long-repeated-dots", repeat(".", 1500)],
  ["long-repeated-digits", repeat("9", 1000)],
  ["long-repeated-emoji", repeat("\ud83d\ude00", 300)],
  ["long-repeated-word", repeat("buffalo ", 200)],
  ["long-repeated-cjk", repeat("\u6f22", 500)],
  ["url", "https://example.com/path/to/resource?query=a%20b&x=1#fragment and http://localhost:8080/api/v1/fine_tuning/jobs?limit=20"],
  ["email-like", "Contact john.doe+tag@example.co.uk or <admin@localhost> (not real)."],
  ["json-object", "{\"messages\":[{\"role\":\"system\",\"content\":\"You are helpful.\"},{\"role\":\"user\",\"content\":\"Hi\"},{\"role\":\"assistant\",\"content\":\"Hello!\",\"weight\":1}]}"],
  ["json-pretty", "{\n  \"name\": \"get_weather\",\n  \"parameters\": {\n    \"type\": \"object\",\n    \"properties\": {\n      \"location\": { \"type\": \"string\" }\n    },\n    \"required\": [\"location\"]\n  }\n}"],
  ["markdown", "# Title\n\n## Subtitle\n\n- item **bold** and _italic_\n- `inline code`\n\n```csharp\nvar x = 1;\n```\n\n> quote\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n[link](https://example.com)\n"],
  ["mixed-scripts", "English, \u0420\u0443\u0441\u0441\u043a\u0438\u0439, \u4e2d\u6587, \u0627\u0644\u0639\u0631\u0628\u064a\u0629, \u05e2\u05d1\u05e8\u05d9\u05ea, \u65e5\u672c\u8a9e, \ud55c\uad6d\uc5b4 and Ell\u0307nika: \u03b1\u03b2\u03b3abc\u0430\u0431\u0432"],
  ["mixed-script-words", "abc\u0430\u0431\u0432def \u4e2d\u6587text text\u4e2d\u6587 ABC\u0414\u0415\u0416abc"],
  ["special-tokens-literal", "Text with <|endoftext|> and <|endofprompt|> and <|fim_prefix|><|fim_middle|><|fim_suffix|> inside."],
  ["special-token-lookalikes", "<|endoftext| <endoftext|> <| endoftext |> <|ENDOFTEXT|> <|im_start|>user<|im_sep|>hi<|im_end|> <|start|>assistant<|message|>"],
  ["punctuation-runs", "!!! ??? ... --- *** ### $$$ %%% ^^^ &&& ((( ))) [[[ ]]] {{{ }}} /// \\\\\\ ||| ~~~ ``` ''' \"\"\" ;;; ::: ,,, <<< >>>"],
  ["punctuation-before-newline", "end.\nnext;\r\nfoo/\nbar//\n/baz\n!?\n\n\n"],
  ["slashes-o200k", "a/b //c d/ / /\n/\n// x/\r\n"],
  ["space-then-symbols", " ! ? . , ; : ' \" ( ) [ ] { } < > @ # $ % ^ & * - + = _ ` ~ | \\ /"],
  ["zero-width", "zero\u200bwidth\u200cnon\u200djoiner\u2060word\ufeffbom"],
  ["private-use-and-specials", "\ue000\ue001 \uf8ff \ufffd\ufffd \ufffc"],
  ["control-chars", "a\u0000b\u0001c\u0007d\u001be\u007ff"],
  ["diacritic-stacks", "Z\u0364\u0363\u0344\u0342\u0352a\u0315\u0358l\u0361g\u0327o\u0337"],
  ["apostrophe-variants", "it's it\u2019s it\u02bcs it`s it\u00b4s"],
  ["csv", "id,name,score\n1,Alice,93.5\n2,\"Bob, Jr.\",88\n3,\u00c9lodie,100\n"],
  ["yaml", "version: 1\ndata:\n  train: data/train.jsonl\n  eval: data/eval.jsonl\nvalidation:\n  encoding: o200k_base\n  max_tokens_per_example: 65536\n"],
  ["log-lines", "2024-06-30T12:34:56.789Z INFO  [worker-3] Job ftjob-abc123 status=running progress=42%\n2024-06-30T12:35:01.002Z ERROR [worker-3] HTTP 429 Too Many Requests (retry-after: 2s)\n"],
  ["base64", "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="],
  ["hex-and-guid", "0xDEADBEEF 3f2504e0-4f89-11d3-9a0c-0305e82c3301 SHA256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"],
  ["latex", "\\int_0^\\infty e^{-x^2}\\,dx = \\frac{\\sqrt{\\pi}}{2} \\quad \\sum_{n=1}^{\\infty} \\frac{1}{n^2} = \\frac{\\pi^2}{6}"],
  ["chat-transcript", "User: What's 2+2?\nAssistant: 2 + 2 = 4.\nUser: And in Roman numerals?\nAssistant: IV (that's 4).\n"],
];

const rows = curated.map(([id, text]) => ({
  id,
  text,
  o200k_base: count("o200k_base", text),
  cl100k_base: count("cl100k_base", text),
}));

// ---------------------------------------------------------------------------------------------
// Seeded random mixes: fragments from many scripts and categories, so that every branch of the
// pre-tokenization patterns (case runs, marks, contractions, digits, whitespace, slashes) is hit.
// ---------------------------------------------------------------------------------------------
function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const fragments = [
  "a", "b", "z", "e", "s", "t", "A", "B", "Z", "S", "T", "the", "The", "THE", "hello", "World", "camelCase", "XMLHttp",
  "'", "'", "'s", "'S", "'t", "'re", "'RE", "'ve", "'m", "'ll", "'LL", "'d", "'D", "'x", "\u017f", "\u212a",
  "0", "1", "42", "123", "2024", "99999",
  " ", " ", " ", "  ", "   ", "\t", "\n", "\n", "\r\n", "\r", "\n\n", " \n", "\u00a0", "\u3000", "\u2028", "\u0085", "\u000b",
  ".", ",", "!", "?", "-", "_", "/", "//", "\\", "\"", "(", ")", "{", "}", "<|", "|>", "#", "@", "$", "%", "*", "+", "=", "~",
  "\u00e9", "\u00df", "\u00c9", "\u0301", "\u0308", "\u0327", "\u0345", "\u20dd",
  "\u03b1", "\u0391", "\u03a3\u03c3", "\u0430", "\u0416", "\u041f\u0440\u0438\u0432\u0435\u0442",
  "\u0645\u0631\u062d\u0628\u0627", "\u064e", "\u0661", "\u05e9", "\u0928\u092e", "\u094d", "\u093e", "\u0967",
  "\u0e2a\u0e27\u0e31", "\u0e48", "\u4e2d", "\u6587\u5b57", "\u3042", "\u30a2", "\u30fc", "\u3005", "\uac00", "\ud55c",
  "\u01c5", "\u01c6", "\u02b0", "\u02bc", "\u1e9e", "\uff21", "\uff41", "\uff11", "\u2160", "\u00b2", "\u00bd",
  "\ud835\udc00", "\ud835\udcb6", "\ud840\udc00", "\ud835\udfd8", "\ud801\udc00", "\ud801\udc28", "\ud83a\udd00", "\ud83a\udd22",
  "\ud83d\ude00", "\ud83d\udc4d\ud83c\udffd", "\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67", "\ud83c\uddfa\ud83c\uddf8",
  "1\ufe0f\u20e3", "\u2764\ufe0f", "\u200b", "\u200d", "\ufeff", "\ufffd", "\ue000", "\u0000", "\u007f",
  // Outside the BMP: marks (Mn, Mc), numbers (Nl, No), a modifier letter, and letters added in Unicode 15 and 16.
  "\u{E0100}", "\u{1D167}", "\u{11000}", "\u{12400}", "\u{10107}", "\u{16F93}", "\u{31350}", "\u{1E4D0}", "\u{11F00}", "\u1c89",
];

const random = mulberry32(20240630);
const randomRows = [];
for (let i = 0; i < 1500; i++) {
  const parts = 1 + Math.floor(random() * 24);
  let text = "";
  for (let j = 0; j < parts; j++) {
    text += fragments[Math.floor(random() * fragments.length)];
  }
  randomRows.push({
    id: `random-${String(i).padStart(4, "0")}`,
    text,
    o200k_base: count("o200k_base", text),
    cl100k_base: count("cl100k_base", text),
  });
}

// ---------------------------------------------------------------------------------------------
// Chat formulas, transcribed from the cookbook (How_to_count_tokens_with_tiktoken.ipynb):
// num_tokens_from_messages: 3 per message + tokens of every value (role included) + 1 per name, + 3 priming.
// num_tokens_for_tools: func_init (7 for gpt-4o/4o-mini on o200k_base, 10 for gpt-3.5-turbo/gpt-4 on
// cl100k_base), prop_init 3, prop_key 3, enum_init -3, enum_item 3, func_end 12 (once per tools list).
// ---------------------------------------------------------------------------------------------
function numTokensFromMessages(encoding, messages) {
  let n = 0;
  for (const message of messages) {
    n += 3;
    for (const [key, value] of Object.entries(message)) {
      n += count(encoding, value);
      if (key === "name") n += 1;
    }
  }
  return n + 3;
}

function numTokensForTools(encoding, functions) {
  const funcInit = encoding === "o200k_base" ? 7 : 10;
  const propInit = 3, propKey = 3, enumInit = -3, enumItem = 3, funcEnd = 12;
  let n = 0;
  if (functions.length > 0) {
    for (const f of functions) {
      n += funcInit;
      const fn = f.function;
      let desc = fn.description;
      if (desc.endsWith(".")) desc = desc.slice(0, -1);
      n += count(encoding, fn.name + ":" + desc);
      const props = fn.parameters.properties;
      if (Object.keys(props).length > 0) {
        n += propInit;
        for (const key of Object.keys(props)) {
          n += propKey;
          const p = props[key];
          let pDesc = p.description;
          if ("enum" in p) {
            n += enumInit;
            for (const item of p.enum) {
              n += enumItem;
              n += count(encoding, item);
            }
          }
          if (pDesc.endsWith(".")) pDesc = pDesc.slice(0, -1);
          n += count(encoding, `${key}:${p.type}:${pDesc}`);
        }
      }
    }
    n += funcEnd;
  }
  return n;
}

const weatherTools = [
  {
    type: "function",
    function: {
      name: "get_current_weather",
      description: "Get the current weather in a given location",
      parameters: {
        type: "object",
        properties: {
          location: { type: "string", description: "The city and state, e.g. San Francisco, CA" },
          unit: { type: "string", description: "The unit of temperature to return", enum: ["celsius", "fahrenheit"] },
        },
        required: ["location"],
      },
    },
  },
];
const weatherMessages = [
  { role: "system", content: "You are a helpful assistant that can answer to questions about the weather." },
  { role: "user", content: "What's the weather like in San Francisco?" },
];

const multiTools = [
  {
    type: "function",
    function: {
      name: "search_orders",
      description: "Search a customer's orders by status and date range.",
      parameters: {
        type: "object",
        properties: {
          customer_id: { type: "string", description: "The customer identifier." },
          status: { type: "string", description: "Order status to filter on.", enum: ["open", "shipped", "delivered", "cancelled"] },
          since: { type: "string", description: "ISO 8601 date; only orders on or after it." },
        },
        required: ["customer_id"],
      },
    },
  },
  {
    type: "function",
    function: {
      name: "refund",
      description: "Refund an order",
      parameters: { type: "object", properties: {} },
    },
  },
  {
    type: "function",
    function: {
      name: "translate",
      description: "Translate text into another language...",
      parameters: {
        type: "object",
        properties: {
          text: { type: "string", description: "Text to translate" },
          target: { type: "string", description: "Target language.", enum: ["de", "fr", "ja", "zh-Hans"] },
        },
      },
    },
  },
];

const chatCases = [
  {
    id: "cookbook-example",
    messages: [
      { role: "system", content: "You are a helpful, pattern-following assistant that translates corporate jargon into plain English." },
      { role: "system", name: "example_user", content: "New synergies will help drive top-line growth." },
      { role: "system", name: "example_assistant", content: "Things working well together will increase revenue." },
      { role: "system", name: "example_user", content: "Let's circle back when we have more bandwidth to touch base on opportunities for increased leverage." },
      { role: "system", name: "example_assistant", content: "Let's talk later when we're less busy about how to do better." },
      { role: "user", content: "This late pivot means we don't have time to boil the ocean for the client deliverable." },
    ],
  },
  {
    id: "finetune-sarcasm",
    messages: [
      { role: "system", content: "Marv is a factual chatbot that is also sarcastic." },
      { role: "user", content: "What's the capital of France?" },
      { role: "assistant", content: "Paris, as if everyone doesn't know that already." },
    ],
  },
  {
    id: "multilingual-with-emoji",
    messages: [
      { role: "system", content: "\u3042\u306a\u305f\u306f\u89aa\u5207\u306a\u30a2\u30b7\u30b9\u30bf\u30f3\u30c8\u3067\u3059\u3002" },
      { role: "user", name: "Zo\u00eb", content: "\u041f\u0440\u0438\u0432\u0435\u0442! \ud83d\udc4b\ud83c\udffd Can you help?" },
      { role: "assistant", content: "Of course \ud83d\ude00 \u2014 what do you need?\n\n- a\n- b\n" },
    ],
  },
  {
    id: "code-answer",
    messages: [
      { role: "user", content: "Write a C# method that reverses a string." },
      { role: "assistant", content: "```csharp\npublic static string Reverse(string s)\n{\n    var chars = s.ToCharArray();\n    Array.Reverse(chars);\n    return new string(chars);\n}\n```" },
    ],
  },
];

const chatRows = [];
for (const c of chatCases) {
  chatRows.push({
    id: c.id,
    messages: c.messages,
    tools: null,
    o200k_base: numTokensFromMessages("o200k_base", c.messages),
    cl100k_base: numTokensFromMessages("cl100k_base", c.messages),
    o200k_base_tools: 0,
    cl100k_base_tools: 0,
  });
}
for (const [id, tools, messages] of [["cookbook-weather-tools", weatherTools, weatherMessages], ["multi-tools", multiTools, weatherMessages]]) {
  chatRows.push({
    id,
    messages,
    tools,
    o200k_base: numTokensFromMessages("o200k_base", messages) + numTokensForTools("o200k_base", tools),
    cl100k_base: numTokensFromMessages("cl100k_base", messages) + numTokensForTools("cl100k_base", tools),
    o200k_base_tools: numTokensForTools("o200k_base", tools),
    cl100k_base_tools: numTokensForTools("cl100k_base", tools),
  });
}

// The notebook reports the OpenAI API's own prompt_tokens for the weather example: 101 (gpt-4o) and
// 105 (gpt-4 / gpt-3.5-turbo). Refuse to write goldens that disagree with it.
const weather = chatRows.find((r) => r.id === "cookbook-weather-tools");
if (weather.o200k_base !== 101 || weather.cl100k_base !== 105) {
  throw new Error(`cookbook weather example: got ${weather.o200k_base}/${weather.cl100k_base}, expected 101/105`);
}

// ---------------------------------------------------------------------------------------------
const escapeNonAscii = (json) => json.replace(/[\u007f-\uffff]/g, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
const write = (name, value) => writeFileSync(join(here, name), escapeNonAscii(JSON.stringify(value, null, 2)) + "\n");
write("golden.json", rows);
write("golden-random.json", randomRows);
write("golden-chat.json", chatRows);
for (const e of Object.values(encodings)) e.free();
console.log(`wrote ${rows.length} curated, ${randomRows.length} random, ${chatRows.length} chat goldens`);
