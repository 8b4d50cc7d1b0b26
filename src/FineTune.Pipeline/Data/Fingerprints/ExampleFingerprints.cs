namespace FineTune.Pipeline.Data.Fingerprints;

/// <summary>
/// 128-bit content hashes of one example. <see cref="Exact"/>: the same messages, names, tool calls and tools
/// (JSON formatting and key order do not matter). <see cref="Normalized"/>: the same after lower-casing and
/// collapsing whitespace, ignoring tool-call ids. <see cref="Prompt"/>: everything before the last assistant reply.
/// <see cref="SystemPrompt"/>: the first system message. Zero means "none".
/// </summary>
internal readonly record struct ExampleFingerprints(UInt128 Exact, UInt128 Normalized, UInt128 Prompt, UInt128 SystemPrompt);
