using System.Text;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Tests.Data;

/// <summary>The bad-input corpus: each case names the file, the line and says how to fix it.</summary>
public sealed class BadInputTests
{
    [Fact]
    public void Missing_file_is_an_error_that_names_the_path()
    {
        using var data = new TempDataset();

        var outcome = data.Validate();

        var d = outcome.Single("FT1001");
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Equal("train.jsonl", d.File);
        Assert.Equal(0, d.Line);
        Assert.Contains("does not exist", d.Message, StringComparison.Ordinal);
        Assert.Contains("Fix:", d.Message, StringComparison.Ordinal);
        Assert.True(outcome.HasErrors);
        Assert.Equal(0, outcome.Train.Examples);
        Assert.Single(outcome.Diagnostics);
    }

    [Fact]
    public void A_git_lfs_pointer_is_reported_once_as_such_not_as_invalid_json()
    {
        const string Pointer = "version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 12345678\n";
        using var data = new TempDataset().Write("train.jsonl", Pointer);

        var outcome = data.Validate();

        var d = Assert.Single(outcome.Diagnostics);
        Assert.Equal(("FT1016", Severity.Error, "train.jsonl", 1), (d.Code, d.Severity, d.File, d.Line));
        Assert.Contains("Git LFS pointer to 12,345,678 bytes (oid 4d7a214614ab…)", d.Message, StringComparison.Ordinal);
        Assert.Contains("lfs: true", d.Message, StringComparison.Ordinal);
        Assert.True(outcome.HasErrors);
    }

    [Fact]
    public void A_small_file_that_only_mentions_git_lfs_is_validated_as_data()
    {
        using var data = new TempDataset().Write("train.jsonl", "version https://git-lfs.github.com/spec/v1 is not a pointer\n");

        var outcome = data.Validate();

        Assert.Empty(outcome.WithCode("FT1016"));
        Assert.Single(outcome.WithCode("FT1010"));
    }

    [Fact]
    public void Empty_file_is_an_error()
    {
        using var data = new TempDataset().Write("train.jsonl", string.Empty);

        var d = data.Validate().Single("FT1003");

        Assert.Equal(Severity.Error, d.Severity);
        Assert.Equal("train.jsonl", d.File);
        Assert.Contains("is empty", d.Message, StringComparison.Ordinal);
        Assert.Contains("Fix:", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void File_of_blank_lines_is_empty_and_each_blank_line_is_reported()
    {
        using var data = new TempDataset().Write("train.jsonl", "\n   \n");

        var outcome = data.Validate();

        Assert.Contains("only blank lines", outcome.Single("FT1003").Message, StringComparison.Ordinal);
        Assert.Equal([1, 2], outcome.WithCode("FT1008").Select(d => d.Line));
    }

    [Fact]
    public void Truncated_last_line_is_invalid_json_and_lacks_a_final_newline()
    {
        var cut = Examples.Valid[..50];
        using var data = new TempDataset().Write("train.jsonl", Examples.Valid + "\n" + cut);

        var outcome = data.Validate();

        var json = outcome.Single("FT1010");
        Assert.Equal(2, json.Line);
        Assert.Contains("Fix:", json.Message, StringComparison.Ordinal);
        Assert.Equal(2, outcome.Single("FT1007").Line);
        Assert.Equal(1, outcome.Train.Examples);
        Assert.Equal(1, outcome.Train.InvalidLines);
    }

    [Fact]
    public void Line_that_is_an_array_is_a_data_type_error()
    {
        using var data = new TempDataset().Train(Examples.Valid, """[{"role":"user","content":"hi"}]""");

        var d = data.Validate().Single("FT2001");

        Assert.Equal((2, 1), (d.Line, d.Column));
        Assert.Contains("an array, not a JSON object", d.Message, StringComparison.Ordinal);
        Assert.Contains("Fix:", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("42", "a number")]
    [InlineData("\"text\"", "a string")]
    [InlineData("null", "null")]
    public void Scalar_lines_are_data_type_errors(string line, string kind)
    {
        using var data = new TempDataset().Train(line);

        Assert.Contains(kind, data.Validate().Single("FT2001").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Byte_order_mark_is_a_warning_and_the_file_is_still_read()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Examples.Valid + "\n")).ToArray();
        using var data = new TempDataset().WriteBytes("train.jsonl", bytes);

        var outcome = data.Validate();

        var d = outcome.Single("FT1004");
        Assert.Equal((Severity.Warning, 1), (d.Severity, d.Line));
        Assert.Equal(1, outcome.Train.Examples);
        outcome.Lacks("FT1010");
    }

    [Fact]
    public void Invalid_utf8_is_reported_with_its_character_column()
    {
        // "é" takes two bytes, so the bad byte 0xFF sits at byte 19 but character column 18.
        var prefix = Encoding.UTF8.GetBytes("""{"messages":"caf\u00e9""".Replace("\\u00e9", "é", StringComparison.Ordinal));
        var line = prefix.Concat(new byte[] { 0xFF }).Concat(Encoding.UTF8.GetBytes("\"}\n")).ToArray();
        using var data = new TempDataset().WriteBytes("train.jsonl", Encoding.UTF8.GetBytes(Examples.Valid + "\n").Concat(line).ToArray());

        var d = data.Validate().Single("FT1005");

        Assert.Equal((2, prefix.Length), (d.Line, d.Column));
        Assert.Contains("0xFF", d.Message, StringComparison.Ordinal);
        Assert.Contains("iconv", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Crlf_line_endings_are_one_warning_and_lines_still_parse()
    {
        using var data = new TempDataset().Write("train.jsonl", Examples.Chat(1) + "\r\n" + Examples.Chat(2) + "\r\n");

        var outcome = data.Validate();

        var d = outcome.Single("FT1006");
        Assert.Equal(1, d.Line);
        Assert.Contains("2 of 2 lines", d.Message, StringComparison.Ordinal);
        Assert.Equal(2, outcome.Train.Examples);
        outcome.Lacks("FT1010");
    }

    [Fact]
    public void Deeply_nested_json_is_rejected_without_overflowing_the_stack()
    {
        var bomb = """{"messages":[],"x":""" + new string('[', 100_000) + new string(']', 100_000) + "}";
        using var data = new TempDataset().Train(Examples.Valid, bomb);

        var d = data.Validate().Single("FT1011");

        Assert.Equal(2, d.Line);
        Assert.Contains("deeper than 64", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    public void Nan_and_infinity_literals_are_reported_at_their_column(string literal)
    {
        var line = $$"""{"messages":[{"role":"assistant","content":"x","weight":{{literal}}}]}""";
        using var data = new TempDataset().Train(line);

        var d = data.Validate().Single("FT1012");

        Assert.Equal((1, Examples.Col(line, literal)), (d.Line, d.Column));
        Assert.Contains("allow_nan=False", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_keys_are_reported_at_the_second_key()
    {
        var line = """{"messages":[{"role":"user","content":"a","content":"b"},{"role":"assistant","content":"ok"}]}""";
        using var data = new TempDataset().Train(line);

        var d = data.Validate().Single("FT1013");

        Assert.Equal((1, Examples.Col(line, "\"content\":\"b\"")), (d.Line, d.Column));
        Assert.Contains("\"content\"", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("42", "a number")]
    [InlineData("null", "null")]
    public void Content_that_is_a_number_or_null_is_reported(string content, string kind)
    {
        var line = $$"""{"messages":[{"role":"user","content":{{content}}},{"role":"assistant","content":"ok"}]}""";
        using var data = new TempDataset().Train(line);

        var outcome = data.Validate();

        var d = outcome.Diagnostics.Single(x => x.Code is "FT2006" or "FT2007");
        Assert.Equal((1, Examples.Col(line, content)), (d.Line, d.Column));
        Assert.Contains(kind, d.Message, StringComparison.Ordinal);
        Assert.Equal(1, outcome.Train.Examples);
    }

    [Fact]
    public void Invalid_json_reports_the_column_of_the_problem()
    {
        var line = """{"messages": [{"role": "user", "content": "hi",}]}""";
        using var data = new TempDataset().Train(line);

        var d = data.Validate().Single("FT1010");

        Assert.Equal((1, Examples.Col(line, "}]}")), (d.Line, d.Column));
        Assert.DoesNotContain("LineNumber", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Folder_instead_of_a_file_is_unreadable()
    {
        using var data = new TempDataset();
        Directory.CreateDirectory(data.PathOf("train.jsonl"));

        var d = data.Validate().Single("FT1002");

        Assert.Equal((Severity.Error, 0), (d.Severity, d.Line));
        Assert.Contains("is a folder", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_encoding_is_reported_and_counting_falls_back_to_o200k()
    {
        using var data = new TempDataset().Train(Examples.Valid);
        var config = data.Config() with { Validation = new FineTune.Pipeline.Config.ValidationConfig { MinExamples = 1, Encoding = "p50k_edit" } };

        var outcome = data.Validate(config);

        var d = outcome.Single("FT1015");
        Assert.Contains("\"p50k_edit\"", d.Message, StringComparison.Ordinal);
        Assert.True(outcome.Train.Tokens.Total > 0);
    }
}
