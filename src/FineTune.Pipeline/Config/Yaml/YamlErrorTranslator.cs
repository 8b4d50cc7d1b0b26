using YamlDotNet.Core;

namespace FineTune.Pipeline.Config.Yaml;

/// <summary>
/// Turns a YamlDotNet parse exception into a diagnostic that says, in the user's terms, what is wrong
/// and where: tabs point at each tab, an unclosed quote at its opening quote.
/// </summary>
internal static class YamlErrorTranslator
{
    private static readonly (string Fragment, string Hint)[] Hints =
    [
        ("did not find expected key", "this line is not indented like the lines it belongs with; keys of one mapping (and the `-` items of one list) must start in the same column"),
        ("found invalid mapping", "unexpected `key:` here: either this line is indented deeper than the key above it, or a value contains `: ` and needs quotes"),
        ("did not find expected <document end>", "this line does not line up with the top-level keys above it; top-level keys start in the first column"),
        ("did not find expected ',' or ']'", "a `[` list is not closed: add the missing `]`"),
        ("did not find expected ',' or '}'", "a `{` mapping is not closed: add the missing `}`"),
        ("could not find expected ':'", "a key is missing its `:`; write `key: value`"),
        ("did not find expected '-' indicator", "a list item is not indented like the items above it; every `-` of one list starts in the same column"),
        ("cannot start any token", "a value starts with a character YAML reserves (`@`, `` ` ``, `%`, `!`, `&`, `*`, `|`, `>`); put the value in quotes"),
        ("did not find expected node content", "a value is missing or starts with a reserved character; put the value in quotes"),
        ("did not find expected alphabetic or numeric character", "an anchor (`&name`) or alias (`*name`) needs a name; if `&` or `*` is part of the value, put the value in quotes"),
    ];

    public static void Report(YamlException exception, SourceText source, ConfigDiagnostics diagnostics)
    {
        var reason = ParserReason(exception);
        if (reason.Contains("tab", StringComparison.OrdinalIgnoreCase) && ReportTabs(source, diagnostics))
        {
            return;
        }

        var start = source.PositionAt(exception.Start.Index);
        if (reason.Contains("quoted scalar", StringComparison.OrdinalIgnoreCase))
        {
            var quote = exception.Start.Index < source.Text.Length ? source.Text[(int)exception.Start.Index] : '"';
            diagnostics.Error(ConfigCodes.UnclosedQuote, start, $"the quoted value that starts here has no closing {quote} on its line: add the closing {quote} (a value that spans lines must indent its continuation lines). Parser: {reason}");
            return;
        }

        var hint = Hints.FirstOrDefault(h => reason.Contains(h.Fragment, StringComparison.OrdinalIgnoreCase)).Hint;
        var at = hint is null ? start : source.PositionAt(TokenStart(source.Text, exception.Start.Index));
        var message = hint is null ? $"YAML syntax error: {reason}" : $"YAML syntax error: {hint}. Parser: {reason}";
        diagnostics.Error(ConfigCodes.YamlSyntax, at, message);
    }

    /// <summary>Reports every line whose indentation contains a tab; false when there is none.</summary>
    private static bool ReportTabs(SourceText source, ConfigDiagnostics diagnostics)
    {
        var found = false;
        for (var line = 1; line <= source.LineCount; line++)
        {
            var text = source.LineText(line);
            var indent = text.Length - text.TrimStart(' ', '\t').Length;
            var tab = text.IndexOf('\t', StringComparison.Ordinal);
            if (tab >= 0 && tab < indent && indent < text.Length)
            {
                found = true;
                diagnostics.Error(ConfigCodes.TabIndentation, new SourcePosition(line, tab + 1), "a tab is used for indentation; YAML indents with spaces only. Replace the tab with spaces (set your editor to insert spaces in .yaml files).");
            }
        }

        return found;
    }

    /// <summary>The parser's message without its "(Line: …) - (Line: …): " prefix.</summary>
    private static string ParserReason(YamlException exception)
    {
        var message = exception.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && cut >= 0 ? message[(cut + 3)..] : message;
    }

    /// <summary>Moves back from an error offset to the start of the word it sits in (the key on that line).</summary>
    private static long TokenStart(string text, long index)
    {
        var i = (int)Math.Clamp(index, 0, text.Length);
        while (i > 0 && text[i - 1] is not (' ' or '\t' or '\n' or '\r' or '{' or '[' or ','))
        {
            i--;
        }

        return i;
    }
}
