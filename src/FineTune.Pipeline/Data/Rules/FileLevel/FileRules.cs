using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Data.Rules.FileLevel;

/// <summary>
/// FT1xxx: problems with the file, its bytes, its lines and their JSON. The reader and the parser report these
/// (they decide whether a line can be read at all), so they are descriptors rather than rule classes.
/// </summary>
internal static class FileRules
{
    public static RuleDescriptor FileMissing { get; } = new(
        "FT1001", "file_missing", Severity.Error,
        "The dataset file does not exist.",
        "check data.train / data.eval in finetune.yaml (paths are relative to the yaml file) or create the file.");

    public static RuleDescriptor FileUnreadable { get; } = new(
        "FT1002", "file_unreadable", Severity.Error,
        "The dataset file exists but cannot be read (permissions, a folder, a locked file).",
        "make the file readable by the user running the pipeline.");

    public static RuleDescriptor EmptyFile { get; } = new(
        "FT1003", "empty_file", Severity.Error,
        "The file has no bytes, or only blank lines.",
        "add examples, one JSON object per line.");

    public static RuleDescriptor ByteOrderMark { get; } = new(
        "FT1004", "utf8_bom", Severity.Warning,
        "The file starts with a UTF-8 byte order mark; some JSONL readers reject it.",
        "save the file as UTF-8 without BOM.");

    public static RuleDescriptor InvalidUtf8 { get; } = new(
        "FT1005", "invalid_utf8", Severity.Error,
        "The line contains bytes that are not valid UTF-8.",
        "re-encode the file as UTF-8 (e.g. iconv -f WINDOWS-1252 -t UTF-8).");

    public static RuleDescriptor CrlfLineEndings { get; } = new(
        "FT1006", "crlf_line_endings", Severity.Warning,
        "Lines end with CRLF (\\r\\n); reported once per file with the number of such lines.",
        "convert to LF line endings (e.g. dos2unix, or .gitattributes `*.jsonl text eol=lf`).");

    public static RuleDescriptor NoFinalNewline { get; } = new(
        "FT1007", "no_final_newline", Severity.Warning,
        "The last line has no newline after it; a file cut off while writing looks like this.",
        "end the file with a newline, and check that the last example is complete.");

    public static RuleDescriptor BlankLine { get; } = new(
        "FT1008", "blank_line", Severity.Warning,
        "The line is empty or only whitespace; it is skipped.",
        "remove blank lines: JSONL has exactly one JSON object per line.");

    public static RuleDescriptor LineTooLong { get; } = new(
        "FT1009", "line_too_long", Severity.Error,
        "The line is longer than validation.max_line_bytes; it is skipped without being read.",
        "split or shorten the example, or raise validation.max_line_bytes.");

    public static RuleDescriptor InvalidJson { get; } = new(
        "FT1010", "invalid_json", Severity.Error,
        "The line is not valid JSON.",
        "fix the JSON at the column shown (one complete object per line, double-quoted keys and strings, no trailing commas).");

    public static RuleDescriptor TooDeep { get; } = new(
        "FT1011", "json_too_deep", Severity.Error,
        "The JSON nests deeper than 64 levels.",
        "flatten the structure; chat examples need only a few levels.");

    public static RuleDescriptor NonFiniteNumber { get; } = new(
        "FT1012", "nan_or_infinity", Severity.Error,
        "The line contains NaN or Infinity, which JSON does not allow (Python's json.dumps writes them by default).",
        "replace them with null or a string, or write the file with json.dumps(..., allow_nan=False).");

    public static RuleDescriptor DuplicateKey { get; } = new(
        "FT1013", "duplicate_key", Severity.Error,
        "A JSON object has the same key twice; parsers disagree on which value wins.",
        "keep one occurrence of the key.");

    public static RuleDescriptor DiagnosticsTruncated { get; } = new(
        "FT1014", "too_many_findings", Severity.Info,
        "More findings of one code than are listed per file; the rest are counted.",
        "fix the listed lines first; the same problem likely repeats on the others.");

    public static RuleDescriptor UnknownEncoding { get; } = new(
        "FT1015", "unknown_encoding", Severity.Error,
        "validation.encoding names a tokenizer encoding that is not supported, so token counts are not exact.",
        "set validation.encoding to o200k_base (gpt-4o, gpt-4.1 families) or cl100k_base, or remove it to use the model's.");

    public static RuleDescriptor GitLfsPointer { get; } = new(
        "FT1016", "git_lfs_pointer", Severity.Error,
        "The file is a Git LFS pointer, not the data: the checkout did not fetch the LFS objects, so there is nothing to validate.",
        "fetch the data: `git lfs pull` locally; in GitHub Actions give actions/checkout `lfs: true`.");

    public static IReadOnlyList<RuleDescriptor> All { get; } =
    [
        FileMissing, FileUnreadable, EmptyFile, ByteOrderMark, InvalidUtf8, CrlfLineEndings, NoFinalNewline,
        BlankLine, LineTooLong, InvalidJson, TooDeep, NonFiniteNumber, DuplicateKey, DiagnosticsTruncated, UnknownEncoding,
        GitLfsPointer,
    ];
}
